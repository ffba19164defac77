package gov.bureau.portal.acceptance;

import com.lowagie.text.pdf.PdfReader;
import gov.bureau.portal.credit.AcceptanceCorrections;
import gov.bureau.portal.engagement.EngagementFixtures;
import gov.bureau.portal.engagement.EngagementFixtures.Agency;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Scoring templates, the scoring sheet PDF and the reopening after an upheld objection. */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class AcceptanceApiTest extends IntegrationTest {

    @Inject
    AcceptanceCorrections corrections;

    @Inject
    @Client("/")
    HttpClient http;

    private EngagementFixtures f;

    @BeforeAll
    void setUp() {
        f = new EngagementFixtures(api, unique("acc"));
    }

    @Test
    void theTemplateIsVersionedAndAnAssessmentKeepsTheVersionItWasScoredWith() {
        Agency agency = EngagementFixtures.approvedAgency(unique("模板机构"));
        long id = f.reportApproved(unique("模板版本"), agency, f.agencyToken(agency.id()));
        Response current = api.get(f.staff(), "/api/scoring-templates/current");
        assertThat(current.status()).isEqualTo(200);
        long before = ((Number) current.get("id")).longValue();
        List<Map<String, Object>> items = (List<Map<String, Object>>) current.get("items");
        assertThat(items).extracting(i -> ((Number) i.get("maxPoints")).intValue()).containsExactly(15, 15, 20, 25, 25);
        Response scored = f.assess(f.staff(), id, 15, 15, 20, 25, 25);
        assertThat(((Number) scored.get("templateVersionId")).longValue()).isEqualTo(before);

        List<Map<String, Object>> changed = new ArrayList<>();
        for (Map<String, Object> i : items) {
            changed.add(Map.of("id", i.get("id"), "stage", i.get("stage"), "name", i.get("name"), "maxPoints", i.get("maxPoints")));
        }
        Response staffTries = api.post(f.staff(), "/api/scoring-templates", Map.of("items", changed, "reason", "x"));
        assertThat(staffTries.status()).isEqualTo(403);
        List<Map<String, Object>> wrongTotal = new ArrayList<>(changed);
        wrongTotal.remove(0);
        Response refused = api.post(f.admin(), "/api/scoring-templates", Map.of("items", wrongTotal, "reason", "删减"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("content.items");
        try {
            Response published = api.post(f.admin(), "/api/scoring-templates", Map.of("items", changed, "reason", "年度修订"));
            assertThat(published.status()).as(published.toString()).isEqualTo(201);
            assertThat(((Number) published.get("version")).intValue()).isEqualTo(((Number) current.get("version")).intValue() + 1);
            assertThat(api.get(f.staff(), "/api/scoring-templates/current").get("publishedBy")).as("by display name").isEqualTo("系统管理员");
            long after = ((Number) api.get(f.staff(), "/api/scoring-templates/current").get("id")).longValue();
            assertThat(after).isNotEqualTo(before);
            // a correction before payment keeps the version the engagement was scored with
            Response corrected = f.assess(f.staff(), id, 14, 15, 20, 25, 25);
            assertThat(((Number) corrected.get("templateVersionId")).longValue()).isEqualTo(before);
            Response view = api.get(f.staff(), "/api/engagements/" + id + "/assessment");
            assertThat(((Number) view.get("templateVersionId")).longValue()).isEqualTo(before);
        } finally {
            api.post(f.admin(), "/api/scoring-templates", Map.of("items", changed, "reason", "测试结束"));
        }
    }

    @Test
    void theFeeViewSaysWhatTheBureauMayDoNextWithTheScore() {
        Agency agency = EngagementFixtures.approvedAgency(unique("下一步机构"));
        String token = f.agencyToken(agency.id());
        long id = f.reportApproved(unique("下一步"), agency, token);
        String fee = "/api/engagements/" + id + "/fee";
        assertThat(api.get(f.staff(), fee).json()).containsEntry("mayScore", true).containsEntry("mayRescore", false);
        assertThat(api.get(token, fee).json()).containsEntry("mayScore", false).containsEntry("mayRescore", false);
        f.assess(f.staff(), id, 14, 13, 17, 20, 21);
        assertThat(api.get(f.staff(), fee).json()).containsEntry("mayScore", false).containsEntry("mayRescore", true);
        assertThat(api.get(token, fee).json()).containsEntry("mayRescore", false);
        api.post(f.staff(), "/api/engagements/" + id + "/payments", Map.of("amount", "1000.00", "paidOn", LocalDate.now().toString(),
                "reference", "部分"));
        assertThat(api.get(f.staff(), fee).json()).containsEntry("mayRescore", false); // locked by the payment
    }

    @Test
    void theScoringSheetIsAChinesePdf() throws Exception {
        Agency agency = EngagementFixtures.approvedAgency(unique("评分表机构"));
        String token = f.agencyToken(agency.id());
        long id = f.reportApproved(unique("评分表"), agency, token);
        assertThat(api.send(HttpRequest.GET("/api/engagements/" + id + "/assessment/sheet").accept("application/pdf"), f.staff()).status())
                .isEqualTo(404);
        f.assess(f.staff(), id, 14, 13, 17, 20, 21);
        byte[] pdf = http.toBlocking().retrieve(HttpRequest.GET("/api/engagements/" + id + "/assessment/sheet")
                .accept("application/pdf").bearerAuth(f.staff()), byte[].class);
        // kept for a look (pdftoppm target/scoring-sheet.pdf): the text must show as Chinese
        java.nio.file.Files.write(java.nio.file.Path.of("target", "scoring-sheet.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        // the text extracts as written (through the embedded font's ToUnicode map), and every font is embedded
        String content = gov.bureau.portal.support.PdfFonts.text(pdf);
        for (String text : List.of("验收考核评分表", "工作组专业能力", "良好", "95%", "95,000.00", "评分人", agency.name())) {
            assertThat(content).as(text).contains(text);
        }
        assertThat(gov.bureau.portal.support.PdfFonts.fonts(pdf)).isNotEmpty()
                .allSatisfy(font -> assertThat(font.fontFile()).as(font.baseFont()).isEqualTo("FontFile2"));
    }

    @Test
    void anUpheldObjectionReopensTheAcceptanceEvenAfterPayment() {
        Agency agency = EngagementFixtures.approvedAgency(unique("异议机构"));
        String token = f.agencyToken(agency.id());
        long id = f.reportApproved(unique("异议"), agency, token);
        f.assess(f.staff(), id, 10, 10, 15, 15, 15); // 65: PASS, 85,000.00
        api.post(f.staff(), "/api/engagements/" + id + "/payments", Map.of("amount", "85000.00", "paidOn", LocalDate.now().toString(), "reference", "全款"));
        assertThat(f.state(id)).isEqualTo("SETTLED");
        Response notLocked = api.post(f.admin(), "/api/engagements/" + id + "/assessment/reopening", Map.of("reason", "x"));
        assertThat(notLocked.status()).isEqualTo(200);
        // reopened already: a second reopening is a conflict, the port call is idempotent
        assertThat(api.post(f.admin(), "/api/engagements/" + id + "/assessment/reopening", Map.of("reason", "x")).status()).isEqualTo(409);
        Actor admin = new Actor(null, "admin", EnumSet.of(Role.ADMIN), null);
        corrections.reopenAfterUpheldObjection(admin, id, "异议成立：沟通配合分数偏低");
        f.assess(f.staff(), id, 14, 13, 18, 20, 20); // 85: GOOD, 95,000.00
        Response fee = api.get(token, "/api/engagements/" + id + "/fee");
        assertThat(fee.get("payableAmount")).isEqualTo(95000.00);
        assertThat(fee.get("remaining")).isEqualTo(10000.00);
        assertThat(f.state(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void theObjectionPortReopensAnUnlockedScoreAndIsAudited() {
        Agency agency = EngagementFixtures.approvedAgency(unique("端口机构"));
        long id = f.reportApproved(unique("端口"), agency, f.agencyToken(agency.id()));
        f.assess(f.staff(), id, 10, 10, 15, 15, 15);
        Actor admin = new Actor(null, "admin", EnumSet.of(Role.ADMIN), null);
        corrections.reopenAfterUpheldObjection(admin, id, "异议成立");
        Response view = api.get(f.staff(), "/api/engagements/" + id + "/assessment");
        assertThat(view.get("reopened")).isEqualTo(true);
        Response audit = api.get(f.admin(), "/api/audit-log?entityType=Engagement&action=ACCEPTANCE_REOPENED_BY_OBJECTION&entityId=" + id);
        assertThat(audit.content()).extracting(e -> e.get("reason")).containsExactly("异议成立");
        assertThat(api.post(f.staff(), "/api/engagements/" + id + "/payments",
                Map.of("amount", "1.00", "paidOn", LocalDate.now().toString(), "reference", "x")).code()).isEqualTo("ACCEPTANCE_REOPENED");
    }

    @Test
    void aRescoreAfterAnAdminReopeningIsLockedAgainWhilePaymentsExist() {
        Agency agency = EngagementFixtures.approvedAgency(unique("重锁机构"));
        String token = f.agencyToken(agency.id());
        long id = f.reportApproved(unique("重锁"), agency, token);
        f.assess(f.staff(), id, 15, 15, 20, 25, 25); // 100: EXCELLENT, 100,000.00
        assertThat(api.post(f.staff(), "/api/engagements/" + id + "/payments",
                Map.of("amount", "40000.00", "paidOn", LocalDate.now().toString(), "reference", "进度款")).status()).isEqualTo(201);
        assertThat(f.assess(f.staff(), id, 10, 10, 10, 10, 10).code()).isEqualTo("ACCEPTANCE_LOCKED");

        assertThat(api.post(f.admin(), "/api/engagements/" + id + "/assessment/reopening", Map.of("reason", "复核评分")).status())
                .isEqualTo(200);
        Response rescored = f.assess(f.staff(), id, 12, 12, 13, 15, 14); // 66: PASS
        assertThat(rescored.status()).as(rescored.toString()).isEqualTo(200);
        // paid money stands against this score: it is locked again, a further re-score needs another reopening
        Response view = api.get(f.staff(), "/api/engagements/" + id + "/assessment");
        assertThat(view.json()).containsEntry("locked", true).containsEntry("reopened", false);
        Response again = f.assess(f.staff(), id, 5, 5, 5, 5, 5);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ACCEPTANCE_LOCKED");
        assertThat(api.get(f.staff(), "/api/engagements/" + id + "/assessment").get("total")).isEqualTo(66.0);
        assertThat(api.post(f.admin(), "/api/engagements/" + id + "/assessment/reopening", Map.of("reason", "再次复核")).status())
                .isEqualTo(200);
        assertThat(f.assess(f.staff(), id, 14, 13, 18, 20, 20).get("grade")).isEqualTo("GOOD");

        // an unpaid score reopened after an upheld objection may still be corrected until a payment locks it
        long unpaid = f.reportApproved(unique("未付"), agency, token);
        f.assess(f.staff(), unpaid, 10, 10, 15, 15, 15);
        corrections.reopenAfterUpheldObjection(new Actor(null, "admin", EnumSet.of(Role.ADMIN), null), unpaid, "异议成立");
        f.assess(f.staff(), unpaid, 12, 12, 13, 15, 14);
        assertThat(api.get(f.staff(), "/api/engagements/" + unpaid + "/assessment").get("locked")).isEqualTo(false);
        assertThat(f.assess(f.staff(), unpaid, 14, 13, 18, 20, 20).status()).isEqualTo(200);
    }
}
