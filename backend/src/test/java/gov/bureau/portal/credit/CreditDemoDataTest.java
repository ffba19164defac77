package gov.bureau.portal.credit;

import gov.bureau.portal.support.DemoDataTest;
import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** PORTAL_DEMO=true: the credit side of the demo, made through the credit services on the agency part's agencies. */
@MicronautTest(transactional = false)
class CreditDemoDataTest extends DemoDataTest {

    @Test
    void demoCreditHasEventsInEveryStateAnObjectionWaitingAndABlacklistedAgency() {
        String director = token("director");
        long agency1 = ((Number) api.get(token("agency1"), "/api/me").get("agencyId")).longValue();
        Response credit = api.get(token("agency1"), "/api/agencies/" + agency1 + "/credit");
        assertThat(credit.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) credit.get("events");
        assertThat(events).extracting(e -> (String) e.get("status")).contains("EFFECTIVE", "PROPOSED", "OBJECTED", "WITHDRAWN");
        assertThat(events).filteredOn(e -> "OBJECTED".equals(e.get("status")))
                .allSatisfy(e -> assertThat(e.get("objection")).asString().contains("PENDING"));
        assertThat(events).anySatisfy(e -> assertThat((List<?>) e.get("files")).isNotEmpty());

        long agency7 = ((Number) api.get(token("agency7"), "/api/me").get("agencyId")).longValue();
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
