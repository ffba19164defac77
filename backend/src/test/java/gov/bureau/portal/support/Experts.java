package gov.bureau.portal.support;

import gov.bureau.portal.agency.validation.ResidentId;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Experts of the pool and their EXPERT accounts, through the API. */
public final class Experts {

    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime());

    private Experts() {
    }

    public record Registered(long id, String username, String token) {
    }

    /** A valid resident ID (GB 11643), unique per call within a JVM and very likely across runs. */
    public static String residentId() {
        long n = Math.floorMod(COUNTER.incrementAndGet() * 2654435761L, 100L * 18_000 * 1000);
        int region = (int) (n % 100);
        long rest = n / 100;
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(rest % 18_000);
        int sequence = (int) (rest / 18_000);
        return ResidentId.compose("3201" + String.format("%02d", region), birth, sequence);
    }

    public static Map<String, Object> form(String name, String title, String employer, String... specialties) {
        Map<String, Object> f = new HashMap<>();
        f.put("name", name);
        f.put("idNumber", residentId());
        f.put("title", title);
        f.put("specialties", List.of(specialties));
        f.put("employer", employer);
        f.put("phone", "13912345678");
        f.put("bankName", "某银行南京分行");
        f.put("bankAccount", "6222020200112233445");
        return f;
    }

    /** Adds an ACTIVE expert as the bureau; answers its id. */
    public static long add(TestClient api, String bureauToken, String name, String title, String employer, String... specialties) {
        TestClient.Response r = api.post(bureauToken, "/api/experts", form(name, title, employer, specialties));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    /** Self-registration (SUBMITTED) with its account, signed in. */
    public static Registered register(TestClient api, String username, String... specialties) {
        Map<String, Object> f = form("专家" + username, "SENIOR", "某大学" + username, specialties.length == 0
                ? new String[]{"EDUCATION"} : specialties);
        f.put("username", username);
        f.put("password", Users.PASSWORD);
        TestClient.Response r = api.post(null, "/api/expert-registrations", f);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new Registered(r.id(), username, api.token(username, Users.PASSWORD));
    }

    /** An EXPERT account for an expert of the pool, created by the admin; answers a token. */
    public static String account(TestClient api, String username, long expertId) {
        TestClient.Response r = api.post(Users.adminToken(api), "/api/users", Map.of("username", username, "displayName", "专家 " + username,
                "roles", List.of("EXPERT"), "password", Users.PASSWORD, "expertId", expertId));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return api.token(username, Users.PASSWORD);
    }
}
