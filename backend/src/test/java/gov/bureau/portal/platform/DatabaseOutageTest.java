package gov.bureau.portal.platform;

import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TcpProxy;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestDatabase;
import gov.bureau.portal.support.Users;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the database is down, /health answers 503 {"status":"DOWN"} within 2 s and API calls 503 in
 * the error shape (never a 500); both recover by themselves when it is back. The application reaches
 * its database through a TCP proxy the test cuts. The pool gives up on a connection after 2 s here
 * instead of the portal's 10 s ({@code connection-timeout} in application.yml), so that the four API
 * calls during the outage do not spend 40 s of the test run waiting; what they answer is the same.
 */
@MicronautTest(transactional = false)
class DatabaseOutageTest extends IntegrationTest {

    private TcpProxy proxy;

    @Override
    protected Map<String, String> extraProperties() {
        String url = (String) TestDatabase.properties().get("datasources.default.url");
        Matcher m = Pattern.compile("^jdbc:mysql://([^:/]+):(\\d+)(/.*)$").matcher(url);
        assertThat(m.matches()).as(url).isTrue();
        try {
            proxy = new TcpProxy(m.group(1), Integer.parseInt(m.group(2)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("datasources.default.url", "jdbc:mysql://127.0.0.1:" + proxy.port() + m.group(3),
                "datasources.default.connection-timeout", "2000");
    }

    @AfterAll
    void closeProxy() throws IOException {
        proxy.close();
    }

    @Test
    void answers503WhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        String admin = Users.adminToken(api);
        assertThat(api.get(null, "/health").status()).isEqualTo(200);
        assertThat(api.get(admin, "/api/users").status()).isEqualTo(200);

        proxy.cut();
        try {
            for (int i = 0; i < 3; i++) {
                Response health = timed(() -> api.get(null, "/health"), 2000);
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.get("status")).isEqualTo("DOWN");
            }
            for (String path : new String[] {"/api/users", "/api/public/blacklist", "/api/agencies"}) {
                Response r = timed(() -> api.get(admin, path), 15000);
                assertThat(r.status()).as(path + " " + r).isEqualTo(503);
                assertThat(r.json()).as(path + " " + r).containsKeys("status", "code", "message", "fieldErrors");
                assertThat(r.code()).isEqualTo("DATABASE_UNAVAILABLE");
                assertThat(r.raw()).doesNotContainIgnoringCase("jdbc").doesNotContain("Exception").doesNotContain("127.0.0.1");
            }
            Response login = timed(() -> api.login("admin", TestDatabase.ADMIN_PASSWORD), 15000);
            assertThat(login.status()).as(login.toString()).isEqualTo(503);
        } finally {
            proxy.restore();
        }

        long deadline = System.nanoTime() + 30_000_000_000L;
        int health = 0;
        int users = 0;
        while (System.nanoTime() < deadline && (health != 200 || users != 200)) {
            health = api.get(null, "/health").status();
            users = api.get(admin, "/api/users").status();
            Thread.sleep(200);
        }
        assertThat(health).isEqualTo(200);
        assertThat(users).isEqualTo(200);
    }

    private static Response timed(Supplier<Response> call, long maxMillis) {
        long t0 = System.nanoTime();
        Response r = call.get();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).as("answered in " + ms + " ms: " + r).isLessThanOrEqualTo(maxMillis);
        return r;
    }
}
