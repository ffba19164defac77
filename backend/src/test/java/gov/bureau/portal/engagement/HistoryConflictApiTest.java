package gov.bureau.portal.engagement;

import gov.bureau.portal.engagement.EngagementFixtures.Agency;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conflicts from history through the API (DOMAIN.md §12): an agency that did the 事前绩效评估 of a project (in its
 * track record or in the portal), or whose client an evaluated unit was in the last 3 years, is excluded with the
 * reason from MERIT and DRAW, and cannot take a procurement result; the rule table switches the client rule.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class HistoryConflictApiTest extends IntegrationTest {

    private EngagementFixtures f;

    @BeforeAll
    void setUp() {
        f = new EngagementFixtures(api, unique("hist"));
    }

    private static void trackRecord(long agencyId, String client, String project, int year, String workType) {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO agency_track_record (agency_id, client, project, year, work_type) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, agencyId);
            s.setString(2, client);
            s.setString(3, project);
            s.setInt(4, year);
            s.setString(5, workType);
            s.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<Long, Map<String, Object>> excluded(long engagementId) {
        Response r = api.get(f.staff(), "/api/engagements/" + engagementId + "/eligibility");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        Map<Long, Map<String, Object>> byAgency = new HashMap<>();
        ((List<Map<String, Object>>) r.get("excluded")).forEach(x -> byAgency.put(((Number) x.get("agencyId")).longValue(), x));
        return byAgency;
    }

    /** An engagement of the given type and commissioning unit, for one unit, taken by the agency. */
    private void taken(Agency agency, String type, String commissioner, String unit) {
        Map<String, Object> form = new HashMap<>(f.form(unique("前期业务"), commissioner, unit));
        form.put("type", type);
        Response created = api.post(f.staff(), "/api/engagements", form);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        f.merit(created.id(), agency.id());
        f.confirm(created.id(), f.agencyToken(agency.id()));
    }

    @Test
    void earlierWorkOnTheProjectAndRecentClientsExcludeWithTheReason() {
        int year = LocalDate.now().getYear();
        String unit = unique("某区教育局");
        String project = unit + "专项资金"; // the project the fixtures' form names for the unit
        Agency assessedInTrackRecord = EngagementFixtures.approvedAgency(unique("做过事前评估"));
        Agency clientInTrackRecord = EngagementFixtures.approvedAgency(unique("近年委托方"));
        Agency clientLongAgo = EngagementFixtures.approvedAgency(unique("久远委托方"));
        Agency evaluatedOtherProject = EngagementFixtures.approvedAgency(unique("评价过别的项目"));
        Agency assessedInPortal = EngagementFixtures.approvedAgency(unique("平台内事前评估"));
        Agency commissionedInPortal = EngagementFixtures.approvedAgency(unique("平台内受托"));
        trackRecord(assessedInTrackRecord.id(), "某市财政局", project, year - 8, "EX_ANTE_ASSESSMENT");
        trackRecord(clientInTrackRecord.id(), unit, "内部控制咨询", year - 1, null);
        trackRecord(clientLongAgo.id(), unit, "内部控制咨询", year - 4, null);
        trackRecord(evaluatedOtherProject.id(), "某市财政局", unique("别的项目"), year - 1, "TARGET_REVIEW");
        taken(assessedInPortal, "EX_ANTE_ASSESSMENT", unique("某市财政局"), unit);
        taken(commissionedInPortal, "OTHER", unit, unique("某区某中学"));

        long id = api.post(f.staff(), "/api/engagements", f.form(unique("重点评价"), unique("某市财政局"), unit)).id();
        Map<Long, Map<String, Object>> excluded = excluded(id);
        assertThat(excluded.get(assessedInTrackRecord.id())).containsEntry("reason", "PRIOR_WORK_ON_PROJECT")
                .containsEntry("detail", project + " (" + (year - 8) + ")");
        assertThat(excluded.get(assessedInPortal.id())).containsEntry("reason", "PRIOR_WORK_ON_PROJECT");
        assertThat(excluded.get(clientInTrackRecord.id())).containsEntry("reason", "RECENT_CLIENT")
                .containsEntry("detail", unit + " (" + (year - 1) + ")");
        assertThat(excluded.get(commissionedInPortal.id())).containsEntry("reason", "RECENT_CLIENT");
        assertThat(excluded).doesNotContainKeys(clientLongAgo.id(), evaluatedOtherProject.id());

        Response merit = api.post(f.staff(), "/api/engagements/" + id + "/selection",
                Map.of("method", "MERIT", "agencyId", clientInTrackRecord.id(), "justification", "业绩多"));
        assertThat(merit.status()).as(merit.toString()).isEqualTo(422);
        assertThat(merit.toString()).contains("agencyId");

        Response procurement = api.post(f.staff(), "/api/engagements/" + id + "/selection", Map.of("method", "PROCUREMENT",
                "agencyId", assessedInTrackRecord.id(), "procurementMethod", "PUBLIC_TENDER", "procurementReference", unique("CG"),
                "procurementDate", LocalDate.now().toString()));
        assertThat(procurement.status()).as(procurement.toString()).isEqualTo(422);
        assertThat(procurement.toString()).contains("agencyId");

        String admin = f.admin();
        Map<String, Object> off = Map.of("exAnteAssessment", true, "targetReview", true, "priorWorkYears", 0, "clientYears", 0);
        Response published = api.put(admin, "/api/rules/" + HistoryConflictRules.KEY, Map.of("content", off, "reason", "测试：关闭委托方回避"));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        try {
            Map<Long, Map<String, Object>> now = excluded(id);
            assertThat(now).doesNotContainKeys(clientInTrackRecord.id(), commissionedInPortal.id());
            assertThat(now.get(assessedInTrackRecord.id())).containsEntry("reason", "PRIOR_WORK_ON_PROJECT");
        } finally {
            Map<String, Object> defaults = Map.of("exAnteAssessment", true, "targetReview", true, "priorWorkYears", 0, "clientYears", 3);
            assertThat(api.put(admin, "/api/rules/" + HistoryConflictRules.KEY, Map.of("content", defaults, "reason", "恢复默认")).status())
                    .isEqualTo(200);
        }
        Response bad = api.put(admin, "/api/rules/" + HistoryConflictRules.KEY, Map.of("content",
                Map.of("exAnteAssessment", true, "targetReview", true, "priorWorkYears", -1, "clientYears", 3), "reason", "x"));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(422);
        assertThat(bad.toString()).contains("content.priorWorkYears");
    }
}
