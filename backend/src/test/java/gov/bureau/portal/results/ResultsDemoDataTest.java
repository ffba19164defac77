package gov.bureau.portal.results;

import gov.bureau.portal.support.DemoDataTest;
import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** PORTAL_DEMO=true: budget units with accounts unit1…, results in every stage, one published report (API.md). */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class ResultsDemoDataTest extends DemoDataTest {

    @Test
    void demoResultsCoverEveryStage() {
        String staff = token("staff");
        String unit1 = token("unit1");
        assertThat(api.get(unit1, "/api/me").get("unitId")).isNotNull();
        assertThat(api.get(staff, "/api/budget-units").content()).hasSizeGreaterThanOrEqualTo(3);

        Response tasks = api.get(staff, "/api/rectifications?size=100");
        assertThat(tasks.content()).extracting(t -> (String) t.get("status")).contains("OPEN", "ANSWERED", "RETURNED", "ACCEPTED");
        assertThat(tasks.content()).anyMatch(t -> Boolean.TRUE.equals(t.get("overdue")));

        Response apps = api.get(staff, "/api/result-applications?size=100");
        assertThat(apps.content()).extracting(a -> (String) a.get("conclusion")).contains("EXCELLENT", "GOOD", "MEDIUM", "POOR");
        assertThat(apps.content()).anyMatch(a -> a.get("decidedAction") != null);

        // an approved report whose evaluated unit is linked and whose result has no letter yet
        Map<String, Object> noLetter = apps.content().stream().filter(a -> {
            List<Map<String, Object>> entries = (List<Map<String, Object>>) (List<?>) api.get(staff,
                    "/api/engagements/" + a.get("engagementId") + "/results").list();
            return entries.stream().anyMatch(en -> en.get("budgetUnitId") != null && en.get("letterId") == null);
        }).findFirst().orElse(null);
        assertThat(noLetter).isNotNull();

        assertThat(api.get(null, "/api/public/results").content()).isNotEmpty();
        assertThat(api.get(unit1, "/api/rectifications").status()).isEqualTo(200);
    }
}
