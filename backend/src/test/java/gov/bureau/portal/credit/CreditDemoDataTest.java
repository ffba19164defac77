package gov.bureau.portal.credit;

import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** PORTAL_DEMO=true: the credit side of the demo, made through the credit services on the agency part's agencies. */
@MicronautTest(transactional = false)
class CreditDemoDataTest extends IntegrationTest {

    /** The same password as the other demo tests: whichever runs first seeds the shared test database. */
    static final String PASSWORD = "Demo-Pass-2026";

    @Override
    protected String separateSchema() {
        return "_demo"; // the demo data exactly as seeded, whatever the other tests do to theirs
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("portal.demo.enabled", "true", "portal.demo.password", PASSWORD);
    }

    @Test
    void demoCreditHasEventsInEveryStateAnObjectionWaitingAndABlacklistedAgency() {
        String director = api.token("director", PASSWORD);
        long agency1 = ((Number) api.get(api.token("agency1", PASSWORD), "/api/me").get("agencyId")).longValue();
        Response credit = api.get(api.token("agency1", PASSWORD), "/api/agencies/" + agency1 + "/credit");
        assertThat(credit.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) credit.get("events");
        assertThat(events).extracting(e -> (String) e.get("status")).contains("EFFECTIVE", "PROPOSED", "OBJECTED", "WITHDRAWN");
        assertThat(events).filteredOn(e -> "OBJECTED".equals(e.get("status")))
                .allSatisfy(e -> assertThat(e.get("objection")).asString().contains("PENDING"));
        assertThat(events).anySatisfy(e -> assertThat((List<?>) e.get("files")).isNotEmpty());

        long agency7 = ((Number) api.get(api.token("agency7", PASSWORD), "/api/me").get("agencyId")).longValue();
        Response listed = api.get(director, "/api/agencies/" + agency7 + "/credit");
        assertThat(listed.json()).containsEntry("blacklisted", true).containsEntry("grade", "D");
        assertThat(api.get(null, "/api/public/blacklist").content()).extracting(r -> ((Number) r.get("agencyId")).longValue())
                .contains(agency7);
        assertThat(api.get(director, "/api/objections?status=PENDING").content()).isNotEmpty();
        assertThat(api.get(director, "/api/objections?status=UPHELD").content()).isNotEmpty();
        assertThat(api.get(director, "/api/objections?status=DISMISSED").content()).isNotEmpty();
        assertThat(api.get(null, "/api/public/credit-results").list()).extracting(p -> ((Number) ((Map<?, ?>) p).get("year")).intValue())
                .contains(LocalDate.now().getYear() - 1);
    }
}
