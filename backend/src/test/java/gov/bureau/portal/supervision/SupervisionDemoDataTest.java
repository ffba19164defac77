package gov.bureau.portal.supervision;

import gov.bureau.portal.support.DemoDataTest;
import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** PORTAL_DEMO=true: a published practice-quality inspection with items in every state. */
@MicronautTest(transactional = false)
class SupervisionDemoDataTest extends DemoDataTest {

    @Test
    void demoHasAPublishedInspectionWithItemsInEveryState() {
        String staff = token("staff");
        List<Map<String, Object>> inspections = api.get(staff, "/api/inspections?kind=PRACTICE_QUALITY").content();
        assertThat(inspections).isNotEmpty();
        long id = ((Number) inspections.get(inspections.size() - 1).get("id")).longValue();
        Response record = api.get(staff, "/api/inspections/" + id);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) record.get("items");
        assertThat(items).extracting(i -> (String) i.get("status"))
                .contains("SAMPLED", "PAPERS_REQUESTED", "PAPERS_SUBMITTED", "FINDING_RECORDED", "CONCLUDED");
        assertThat(record.get("publishedAt")).isNotNull();
        assertThat(api.get(staff, "/api/inspections/" + id + "/verification").json()).containsEntry("reproduced", true);
    }
}
