package gov.bureau.portal.credit;

import gov.bureau.portal.engagement.EngagementFixtures;
import gov.bureau.portal.engagement.EngagementFixtures.Agency;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole loop of DOMAIN.md §6 with the acceptance area's own implementation of the port: a scored
 * engagement records its acceptance result in the ledger; the agency objects to the score; an ADMIN
 * upholds; the acceptance is reopened, scored again, and the new result replaces the old one.
 */
@MicronautTest(transactional = false)
class ScoreObjectionFlowTest extends IntegrationTest {

    private EngagementFixtures f;

    @BeforeAll
    void fixtures() {
        f = new EngagementFixtures(api, unique("sof"));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> events(String token, long agencyId) {
        return (List<Map<String, Object>>) api.get(token, "/api/agencies/" + agencyId + "/credit").get("events");
    }

    @Test
    void anUpheldScoreObjectionReopensTheAcceptanceAndTheNewScoreReplacesTheResult() {
        Agency agency = EngagementFixtures.approvedAgency(unique("评分异议机构"));
        String token = f.agencyToken(agency.id());
        long engagement = f.reportApproved(unique("评分异议"), agency, token);
        f.assess(f.staff(), engagement, 10, 10, 15, 15, 5); // 55: FAIL
        List<Map<String, Object>> recorded = events(token, agency.id());
        assertThat(recorded).extracting(e -> e.get("type") + "/" + e.get("status")).containsExactly("ACCEPTANCE_FAIL/EFFECTIVE");
        assertThat(((Number) recorded.get(0).get("engagementId")).longValue()).isEqualTo(engagement);
        assertThat(api.get(token, "/api/agencies/" + agency.id() + "/credit").get("score")).isEqualTo(70);
        long failId = ((Number) recorded.get(0).get("id")).longValue();

        Response objection = api.post(token, "/api/credit-events/" + failId + "/objections", Map.of("reason", "报告数据一项评分依据有误"));
        assertThat(objection.status()).as(objection.toString()).isEqualTo(201);
        assertThat(objection.json()).containsEntry("kind", "ACCEPTANCE_SCORE");
        Response upheld = api.post(f.admin(), "/api/objections/" + objection.id() + "/decision",
                Map.of("outcome", "UPHELD", "comment", "报告数据项评分依据不足，退回重新评分"));
        assertThat(upheld.status()).as(upheld.toString()).isEqualTo(200);
        assertThat(api.get(f.staff(), "/api/engagements/" + engagement + "/assessment").get("reopened")).isEqualTo(true);
        assertThat(api.get(token, "/api/agencies/" + agency.id() + "/credit").get("score")).isEqualTo(80);
        Response audit = api.get(f.admin(), "/api/audit-log?entityType=Engagement&action=ACCEPTANCE_REOPENED_BY_OBJECTION&entityId=" + engagement);
        assertThat(audit.content()).extracting(e -> e.get("reason")).containsExactly("报告数据项评分依据不足，退回重新评分");

        f.assess(f.staff(), engagement, 14, 13, 18, 20, 20); // 85: GOOD
        assertThat(events(token, agency.id())).extracting(e -> e.get("type") + "/" + e.get("status"))
                .containsExactlyInAnyOrder("ACCEPTANCE_GOOD/EFFECTIVE", "ACCEPTANCE_FAIL/WITHDRAWN");
        assertThat(api.get(token, "/api/agencies/" + agency.id() + "/credit").get("score")).isEqualTo(81);
        assertThat(api.get(token, "/api/engagements/" + engagement + "/fee").get("payableAmount")).isEqualTo(95000.00);
    }
}
