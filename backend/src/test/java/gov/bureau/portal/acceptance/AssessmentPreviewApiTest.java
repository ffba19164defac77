package gov.bureau.portal.acceptance;

import gov.bureau.portal.engagement.EngagementFixtures;
import gov.bureau.portal.engagement.EngagementFixtures.Agency;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview before submitting a score (issue 11): the server's own arithmetic, nothing stored. */
@MicronautTest(transactional = false)
class AssessmentPreviewApiTest extends IntegrationTest {

    private EngagementFixtures f;

    @BeforeAll
    void setUp() {
        f = new EngagementFixtures(api, unique("prev"));
    }

    private Map<String, Object> body(double... points) {
        List<Map<String, Object>> items = f.templateItems();
        List<Map<String, Object>> scores = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            scores.add(Map.of("itemId", items.get(i).get("id"), "points", points[i]));
        }
        return Map.of("scores", scores);
    }

    @Test
    void thePreviewAnswersWhatTheScoringThenDecidesAndStoresNothing() {
        Agency agency = EngagementFixtures.approvedAgency(unique("预览机构"));
        long id = f.reportApproved(unique("评分预览"), agency, f.agencyToken(agency.id()));
        String path = "/api/engagements/" + id + "/assessment";

        Response preview = api.post(f.staff(), path + "/preview", body(14, 14, 18, 22, 22));
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json()).containsEntry("total", 90.0).containsEntry("grade", "EXCELLENT");
        // nothing was stored: no acceptance, the engagement still waits for its score, no audit entry
        assertThat(api.get(f.staff(), path).status()).isEqualTo(404);
        assertThat(api.get(f.staff(), "/api/engagements/" + id).get("state")).isEqualTo("REPORT_APPROVED");
        assertThat(api.get(f.admin(), "/api/audit-log?entityType=Engagement&entityId=" + id + "&action=ACCEPTANCE_SCORED").content())
                .isEmpty();

        Response scored = f.assess(f.staff(), id, 14, 14, 18, 22, 22);
        assertThat(scored.status()).isEqualTo(200);
        for (String field : List.of("total", "grade", "feeRatio", "payableAmount")) {
            assertThat(scored.get(field)).as(field).isEqualTo(preview.get(field));
        }
        // a correction before payment is previewed the same way
        Response lower = api.post(f.staff(), path + "/preview", body(10, 10, 10, 10, 10));
        assertThat(lower.json()).containsEntry("total", 50.0).containsEntry("grade", "FAIL");
        assertThat(api.get(f.staff(), path).get("total")).isEqualTo(90.0);
    }

    @Test
    void aScoreAboveTheItemsMaximumIsRefusedBesideTheItem() {
        Agency agency = EngagementFixtures.approvedAgency(unique("预览超分"));
        long id = f.reportApproved(unique("评分超分"), agency, f.agencyToken(agency.id()));
        Response refused = api.post(f.staff(), "/api/engagements/" + id + "/assessment/preview", body(16, 14, 18, 22, 22));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("scores[0].points");
        Response agencyTries = api.post(f.agencyToken(agency.id()), "/api/engagements/" + id + "/assessment/preview",
                body(14, 14, 18, 22, 22));
        assertThat(agencyTries.status()).isIn(403, 404);
    }
}
