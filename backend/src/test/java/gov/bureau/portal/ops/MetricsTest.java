package gov.bureau.portal.ops;

import gov.bureau.portal.support.Agencies;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Prometheus metrics: ADMIN or the scrape token only; HTTP timings per route, the pool, the JVM, business gauges. */
@MicronautTest(transactional = false)
class MetricsTest extends IntegrationTest {

    private static final String TOKEN = "scrape-token-for-the-test-0123456789";

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("portal.metrics.token", TOKEN);
    }

    private Response withToken(String token) {
        return api.raw(null, "GET", "/management/prometheus", null, MediaType.TEXT_PLAIN_TYPE,
                r -> r.header("Authorization", "Bearer " + token).accept(MediaType.TEXT_PLAIN_TYPE));
    }

    @Test
    void onlyAnAdminOrTheScrapeTokenReadsTheMetrics() {
        Agencies.Registered agency = Agencies.register(api);
        assertThat(api.get(null, "/management/prometheus").status()).isEqualTo(401);
        assertThat(api.get(agency.token(), "/management/prometheus").status()).isEqualTo(403);
        assertThat(withToken("not-" + TOKEN).status()).isEqualTo(401);
        assertThat(api.get(Users.adminToken(api), "/management/prometheus").status()).isEqualTo(200);

        api.get(agency.token(), "/api/agencies/me"); // a timed request with a route template
        Response scrape = withToken(TOKEN);
        assertThat(scrape.status()).as(scrape.toString()).isEqualTo(200);
        String text = scrape.raw();
        assertThat(text)
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/api/agencies/me\"")
                .contains("hikaricp_connections_active")
                .contains("jvm_memory_used_bytes")
                .contains("portal_registrations_waiting")
                .contains("portal_engagements_overdue")
                .contains("portal_payments_made")
                .contains("portal_payments_made_amount");
    }
}
