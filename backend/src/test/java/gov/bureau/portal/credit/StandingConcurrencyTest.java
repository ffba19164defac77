package gov.bureau.portal.credit;

import gov.bureau.portal.engagement.EngagementFixtures;
import gov.bureau.portal.engagement.EngagementFixtures.Agency;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9: many writers on the same few agencies at once, over real HTTP against the real database
 * (the embedded one, or DB_URL): staff propose, the ADMIN confirms and withdraws, agencies object
 * and the ADMIN decides, staff score and re-score engagements (acceptance results). No request may
 * fail with a server error, and afterwards every stored standing equals a recomputation from its
 * ledger.
 */
@MicronautTest(transactional = false)
class StandingConcurrencyTest extends IntegrationTest {

    private static final int AGENCIES = 3;
    private static final int ENGAGEMENTS_PER_AGENCY = 2;
    private static final int THREADS = 12;
    private static final int OPERATIONS_PER_THREAD = 30;
    private static final List<String> TYPES = List.of("LATE_SUBMISSION", "UNAPPROVED_TEAM_CHANGE", "COMMENDATION",
            "OBSTRUCTED_INSPECTION", "REPORT_RETURNED_REPEATEDLY");
    /** Points per scoring-template item giving EXCELLENT, GOOD and PASS (a FAIL would settle the fee at 0). */
    private static final double[][] SCORES = {{15, 15, 20, 25, 25}, {14, 13, 17, 20, 21}, {10, 10, 15, 20, 15}};

    @Inject
    BureauClock clock;

    private EngagementFixtures f;
    private String admin;
    private final List<Long> agencyIds = new ArrayList<>();
    private final Map<Long, String> agencyTokens = new ConcurrentHashMap<>();
    private final Map<Long, List<Long>> engagements = new ConcurrentHashMap<>();

    @BeforeAll
    void agenciesWithEngagementsReadyToScore() {
        f = new EngagementFixtures(api, unique("ccs"));
        admin = f.admin();
        for (int i = 0; i < AGENCIES; i++) {
            Agency agency = EngagementFixtures.approvedAgency(unique("并发信用机构"));
            String token = f.agencyToken(agency.id());
            agencyIds.add(agency.id());
            agencyTokens.put(agency.id(), token);
            List<Long> ready = new ArrayList<>();
            for (int j = 0; j < ENGAGEMENTS_PER_AGENCY; j++) {
                ready.add(f.reportApproved(unique("并发评分"), agency, token));
            }
            engagements.put(agency.id(), ready);
        }
    }

    @Test
    void parallelWritersNeverFailAndEveryStandingEqualsItsLedger() throws Exception {
        Map<Long, List<Long>> events = new ConcurrentHashMap<>();
        agencyIds.forEach(id -> events.put(id, new CopyOnWriteArrayList<>()));
        List<Long> objections = new CopyOnWriteArrayList<>();
        List<String> serverErrors = new CopyOnWriteArrayList<>();
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(20260 + t);
            done.add(pool.submit(() -> {
                start.await();
                for (int n = 0; n < OPERATIONS_PER_THREAD; n++) {
                    long agency = agencyIds.get(random.nextInt(agencyIds.size()));
                    List<Long> own = events.get(agency);
                    int op = random.nextInt(10);
                    String name;
                    Response r;
                    if (op < 3 || own.isEmpty()) {
                        name = "propose";
                        r = api.post(f.staff(), "/api/credit-events", Map.of("agencyId", agency,
                                "type", TYPES.get(random.nextInt(TYPES.size())), "evidence", "并发测试 " + n));
                        if (r.status() == 201) {
                            own.add(r.id());
                        }
                    } else if (op == 3) {
                        name = "confirm";
                        r = api.post(admin, "/api/credit-events/" + pick(own, random) + "/confirmation", Map.of());
                    } else if (op == 4) {
                        name = "withdraw";
                        r = api.post(admin, "/api/credit-events/" + pick(own, random) + "/withdrawal", Map.of("reason", "并发撤销"));
                    } else if (op == 5 || op == 6) {
                        name = "object";
                        r = api.post(agencyTokens.get(agency), "/api/credit-events/" + pick(own, random) + "/objections",
                                Map.of("reason", "并发异议"));
                        if (r.status() == 201) {
                            objections.add(r.id());
                        }
                    } else if (op == 7 && !objections.isEmpty()) {
                        name = "decide";
                        r = api.post(admin, "/api/objections/" + pick(objections, random) + "/decision",
                                Map.of("outcome", random.nextBoolean() ? "UPHELD" : "DISMISSED", "comment", "并发处理"));
                    } else {
                        name = "score";
                        r = f.assess(f.staff(), pick(engagements.get(agency), random), SCORES[random.nextInt(SCORES.length)]);
                    }
                    statuses.computeIfAbsent(name + " " + r.status(), k -> new AtomicInteger()).incrementAndGet();
                    if (r.status() >= 500) {
                        serverErrors.add(name + ": " + r);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> d : done) {
            d.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        System.out.println("StandingConcurrencyTest answers: " + new java.util.TreeMap<>(statuses));

        CreditBands bands = bands();
        LocalDate today = clock.today();
        List<String> differences = new ArrayList<>();
        for (long agency : agencyIds) {
            CreditRules.Standing expected = CreditRules.standing(bands, facts(agency), List.of(), today);
            Map<String, Object> stored = stored(agency);
            Map<String, Object> computed = Map.of("score", expected.score(), "grade", expected.grade().name(),
                    "pointsInForce", expected.pointsInForce(), "blacklisted", expected.blacklisted());
            if (!computed.equals(stored)) {
                differences.add(agency + ": stored " + stored + ", ledger " + computed);
            }
            Response record = api.get(admin, "/api/agencies/" + agency + "/credit");
            if (!Integer.valueOf(expected.score()).equals(record.get("score"))) {
                differences.add(agency + ": credit record " + record.get("score") + ", ledger " + expected.score());
            }
        }
        assertThat(serverErrors.size() + " server errors, " + differences.size() + " standings that differ from their ledger")
                .as("answers: " + statuses + "; " + differences).isEqualTo("0 server errors, 0 standings that differ from their ledger");
        assertThat(statuses.keySet()).as("every kind of writer got through").anyMatch(s -> s.startsWith("propose 201"))
                .anyMatch(s -> s.startsWith("confirm 200")).anyMatch(s -> s.startsWith("withdraw 200"))
                .anyMatch(s -> s.startsWith("object 201")).anyMatch(s -> s.startsWith("decide 200"))
                .anyMatch(s -> s.startsWith("score 200"));
    }

    private static long pick(List<Long> ids, Random random) {
        return ids.get(random.nextInt(ids.size()));
    }

    @SuppressWarnings("unchecked")
    private CreditBands bands() {
        Map<String, Object> c = (Map<String, Object>) api.get(admin, "/api/rules/credit.bands").get("content");
        return new CreditBands(((Number) c.get("base")).intValue(), ((Number) c.get("minA")).intValue(),
                ((Number) c.get("minB")).intValue(), ((Number) c.get("minC")).intValue());
    }

    /** The agency's ledger, read straight from the table. */
    private static List<CreditRules.Fact> facts(long agencyId) throws Exception {
        List<CreditRules.Fact> facts = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT status, points, effective_on, expires_on FROM credit_event WHERE agency_id = ?")) {
            s.setLong(1, agencyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    facts.add(new CreditRules.Fact(EventStatus.valueOf(rs.getString(1)), rs.getInt(2),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
                }
            }
        }
        return facts;
    }

    private static Map<String, Object> stored(long agencyId) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT score, grade, points_in_force, blacklisted FROM credit_standing WHERE agency_id = ?")) {
            s.setLong(1, agencyId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Map.of();
                }
                return Map.of("score", rs.getInt(1), "grade", rs.getString(2), "pointsInForce", rs.getInt(3),
                        "blacklisted", rs.getBoolean(4));
            }
        }
    }
}
