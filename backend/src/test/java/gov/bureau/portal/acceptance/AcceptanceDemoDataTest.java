package gov.bureau.portal.acceptance;

import gov.bureau.portal.support.DemoDataTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PORTAL_DEMO=true: the engagement part (order 300) and the acceptance part (350) together leave one
 * engagement in every state of DOMAIN.md §4, the scored ones with their payments.
 */
@MicronautTest(transactional = false)
class AcceptanceDemoDataTest extends DemoDataTest {

    @Test
    void demoEngagementsCoverEveryStateAndTheScoredOnesArePaid() {
        String director = token("director");
        List<Map<String, Object>> all = api.get(director, "/api/engagements?size=100").content();
        assertThat(all).extracting(e -> (String) e.get("state")).contains("CREATED", "AGENCY_SELECTED", "ACCEPTED_BY_AGENCY",
                "PLAN_SUBMITTED", "PLAN_APPROVED", "IN_FIELDWORK", "REPORT_SUBMITTED", "REPORT_APPROVED", "ACCEPTED", "SETTLED",
                "CLOSED", "TERMINATED");
        for (String state : List.of("SETTLED", "CLOSED")) {
            long id = all.stream().filter(e -> state.equals(e.get("state"))).map(e -> ((Number) e.get("id")).longValue()).findFirst().orElseThrow();
            assertThat(((Number) api.get(director, "/api/engagements/" + id + "/fee").get("paidAmount")).doubleValue()).isPositive();
        }
        long advanced = all.stream().filter(e -> "ACCEPTED_BY_AGENCY".equals(e.get("state")))
                .map(e -> ((Number) e.get("id")).longValue()).findFirst().orElseThrow();
        assertThat(((Number) api.get(director, "/api/engagements/" + advanced + "/fee").get("paidAmount")).doubleValue()).isEqualTo(90000.0);
    }
}
