package gov.bureau.portal.results;

import gov.bureau.portal.engagement.EngagementFixtures;
import gov.bureau.portal.engagement.EngagementFixtures.Agency;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestDatabase;
import gov.bureau.portal.support.Users;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md "Results and rectification", end to end over the real database: budget units and UNIT accounts,
 * the result of an approved report, the letter, rectification, result application, publication and the
 * unit's complaint; another unit gets 404, an agency 403.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class ResultsApiTest extends IntegrationTest {

    @Inject
    @Client("/")
    HttpClient http;

    private EngagementFixtures f;
    private String admin;

    @BeforeAll
    void setUp() {
        f = new EngagementFixtures(api, unique("res"));
        admin = Users.adminToken(api);
    }

    /** An engagement whose evaluated unit is this budget unit, taken to REPORT_APPROVED. */
    private long approvedFor(Users.UnitAccount unit, Agency agency, String agencyToken, String funds) {
        String title = unique("结果业务");
        Map<String, Object> form = new HashMap<>(f.form(title, "委托方" + title));
        form.put("evaluatedUnits", List.of(Map.of("unit", "预算单位" + unit.username(), "project", "专项资金项目", "funds", funds,
                "budgetUnitId", unit.unitId())));
        Response created = api.post(f.staff(), "/api/engagements", form);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.id();
        f.merit(id, agency.id());
        f.confirm(id, agencyToken);
        Response plan = api.post(agencyToken, "/api/engagements/" + id + "/plans", f.plan(agency, LocalDate.now().plusDays(10).toString()));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        assertThat(api.post(f.staff(), "/api/engagements/" + id + "/plans/" + plan.id() + "/review", Map.of("decision", "APPROVE")).status())
                .isEqualTo(200);
        assertThat(api.post(agencyToken, "/api/engagements/" + id + "/fieldwork", Map.of()).status()).isEqualTo(204);
        long doc = f.upload(agencyToken, id, "REPORT", EngagementFixtures.pdf("final report"), "报告.pdf");
        Response report = api.post(agencyToken, "/api/engagements/" + id + "/reports", Map.of("kind", "FINAL", "documentId", doc));
        assertThat(report.status()).as(report.toString()).isEqualTo(201);
        assertThat(api.post(f.staff(), "/api/engagements/" + id + "/reports/" + report.id() + "/review", Map.of("decision", "APPROVE"))
                .status()).isEqualTo(200);
        return id;
    }

    private long evaluatedUnitId(long engagementId) {
        Response r = api.get(f.staff(), "/api/engagements/" + engagementId + "/results");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return ((Number) ((Map<String, Object>) r.list().get(0)).get("evaluatedUnitId")).longValue();
    }

    private static Map<String, Object> result(String score, String... findings) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String text : findings) {
            list.add(Map.of("text", text, "category", "FUND_MANAGEMENT"));
        }
        return Map.of("score", score, "findings", list, "recommendations", "加强资金管理，完善绩效目标");
    }

    private byte[] download(String token, String path) {
        HttpResponse<byte[]> r = http.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token)
                .accept(MediaType.APPLICATION_PDF_TYPE, MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
                byte[].class);
        return r.body();
    }

    private Response uploadEvidence(String token, long taskId) {
        return api.send(HttpRequest.POST("/api/rectifications/" + taskId + "/files", MultipartBody.builder()
                        .addPart("file", "整改佐证.pdf", MediaType.APPLICATION_PDF_TYPE, EngagementFixtures.pdf("evidence")).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token);
    }

    @Test
    void budgetUnitsAreRegisteredWithAUniqueCodeAndVersionedEdits() {
        String code = "U" + unique("C").toUpperCase();
        Response created = api.post(f.staff(), "/api/budget-units", Map.of("name", "县教育局", "code", code, "department", "县政府"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.id();
        Response twice = api.post(f.staff(), "/api/budget-units", Map.of("name", "另一个", "code", code));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.errorFields()).containsExactly("code");
        Response blank = api.post(f.staff(), "/api/budget-units", Map.of("name", "", "code", ""));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.errorFields()).contains("name", "code");

        Response got = api.get(f.staff(), "/api/budget-units/" + id);
        assertThat(got.get("name")).isEqualTo("县教育局");
        Response edited = api.put(f.staff(), "/api/budget-units/" + id, Map.of("name", "县教育和体育局", "code", code, "department", "县政府",
                "version", got.get("version")));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.get("name")).isEqualTo("县教育和体育局");
        Response stale = api.put(f.staff(), "/api/budget-units/" + id, Map.of("name", "x", "code", code, "version", got.get("version")));
        assertThat(stale.status()).isEqualTo(409);
        Response listed = api.get(f.staff(), "/api/budget-units?q=" + code);
        assertThat(listed.content()).extracting(m -> m.get("id")).containsExactly((int) id);
        assertThat(api.get(f.staff(), "/api/budget-units/987654321").status()).isEqualTo(404);
    }

    @Test
    void unitAccountsAreUnitAloneAndBoundToAnExistingUnit() {
        Users.UnitAccount unit = Users.unitAccount(api, unique("ua"));
        Response me = api.get(unit.token(), "/api/me");
        assertThat(((Number) me.get("unitId")).longValue()).isEqualTo(unit.unitId());
        assertThat(me.get("roles")).isEqualTo(List.of("UNIT"));

        Response mixed = api.post(admin, "/api/users", Map.of("username", unique("ub"), "displayName", "x", "roles", List.of("UNIT", "STAFF"),
                "unitId", unit.unitId(), "password", Users.PASSWORD));
        assertThat(mixed.status()).isEqualTo(422);
        assertThat(mixed.errorFields()).contains("roles");
        Response without = api.post(admin, "/api/users", Map.of("username", unique("ub"), "displayName", "x", "roles", List.of("UNIT"),
                "password", Users.PASSWORD));
        assertThat(without.errorFields()).containsExactly("unitId");
        Response unknown = api.post(admin, "/api/users", Map.of("username", unique("ub"), "displayName", "x", "roles", List.of("UNIT"),
                "unitId", 987654321, "password", Users.PASSWORD));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("unitId");
        Response staffWithUnit = api.post(admin, "/api/users", Map.of("username", unique("ub"), "displayName", "x", "roles", List.of("STAFF"),
                "unitId", unit.unitId(), "password", Users.PASSWORD));
        assertThat(staffWithUnit.errorFields()).containsExactly("unitId");
        Response expert = api.post(admin, "/api/users", Map.of("username", unique("ub"), "displayName", "x", "roles", List.of("EXPERT"),
                "password", Users.PASSWORD));
        // an expert's account needs its expert of the pool (the experts area)
        assertThat(expert.errorFields()).containsExactly("expertId");
        Response listed = api.get(admin, "/api/users?unitId=" + unit.unitId());
        assertThat(listed.content()).extracting(u -> u.get("username")).containsExactly(unit.username());
        // a unit user reaches neither agencies, engagements nor credit
        assertThat(api.get(unit.token(), "/api/engagements").status()).isEqualTo(403);
        assertThat(api.get(unit.token(), "/api/agencies").status()).isEqualTo(403);
        assertThat(api.get(unit.token(), "/api/credit-events").status()).isEqualTo(403);
        assertThat(api.get(unit.token(), "/api/inbox").status()).isEqualTo(200);
    }

    @Test
    void anEvaluatedUnitLinksOnlyToAnExistingBudgetUnit() {
        Map<String, Object> form = new HashMap<>(f.form(unique("错误单位"), "委托方"));
        form.put("evaluatedUnits", List.of(Map.of("unit", "某单位", "budgetUnitId", 987654321)));
        Response r = api.post(f.staff(), "/api/engagements", form);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorFields()).containsExactly("evaluatedUnits[0].budgetUnitId");
        form.put("evaluatedUnits", List.of(Map.of("unit", "某单位", "budgetUnitId", "abc")));
        assertThat(api.post(f.staff(), "/api/engagements", form).errorFields()).containsExactly("evaluatedUnits[0].budgetUnitId");
        Users.UnitAccount unit = Users.unitAccount(api, unique("ul"));
        form.put("evaluatedUnits", List.of(Map.of("unit", "某单位", "budgetUnitId", unit.unitId())));
        Response ok = api.post(f.staff(), "/api/engagements", form);
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        List<Map<String, Object>> units = (List<Map<String, Object>>) api.get(f.staff(), "/api/engagements/" + ok.id()).get("evaluatedUnits");
        assertThat(((Number) units.get(0).get("budgetUnitId")).longValue()).isEqualTo(unit.unitId());
        // no result before the report is approved
        long evaluated = evaluatedUnitId(ok.id());
        Response early = api.put(f.staff(), "/api/engagements/" + ok.id() + "/results/" + evaluated, result("75"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("REPORT_NOT_APPROVED");
    }

    @Test
    void fromResultToLetterToRectificationToBudgetToPublication() throws Exception {
        Users.UnitAccount unit = Users.unitAccount(api, unique("uf"));
        Users.UnitAccount other = Users.unitAccount(api, unique("uo"));
        Agency agency = EngagementFixtures.approvedAgency(unique("结果机构"));
        String agencyToken = f.agencyToken(agency.id());
        long id = approvedFor(unit, agency, agencyToken, "1200000.00");
        long evaluated = evaluatedUnitId(id);
        String results = "/api/engagements/" + id + "/results/";

        // the result: 75 → 中 (MEDIUM) under the default bands
        Response bad = api.put(f.staff(), results + evaluated, Map.of("score", "101", "findings", List.of()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("score");
        Response badCategory = api.put(f.staff(), results + evaluated, Map.of("score", "75",
                "findings", List.of(Map.of("text", "问题", "category", "NOPE"))));
        assertThat(badCategory.status()).isEqualTo(400);
        Response recorded = api.put(f.staff(), results + evaluated, result("75", "资金拨付滞后", "绩效目标不明确"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.get("conclusion")).isEqualTo("MEDIUM");
        assertThat((List<?>) recorded.get("findings")).hasSize(2);
        assertThat(api.put(agencyToken, results + evaluated, result("75")).status()).isEqualTo(403);
        assertThat(api.put(unit.token(), results + evaluated, result("75")).status()).isEqualTo(403);
        assertThat(api.put(f.staff(), "/api/engagements/" + id + "/results/987654321", result("75")).status()).isEqualTo(404);

        // who sees it: the bureau, its unit; another unit 404, an agency 403
        Response mine = api.get(unit.token(), "/api/engagements/" + id + "/results");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.list()).hasSize(1);
        assertThat(api.get(other.token(), "/api/engagements/" + id + "/results").status()).isEqualTo(404);
        assertThat(api.get(agencyToken, "/api/engagements/" + id + "/results").status()).isEqualTo(403);
        assertThat(api.get(null, "/api/engagements/" + id + "/results").status()).isEqualTo(401);

        // the letter: one task per finding, a PDF for the bureau and the unit only
        Response letter = api.post(f.staff(), results + evaluated + "/letter", Map.of());
        assertThat(letter.status()).as(letter.toString()).isEqualTo(201);
        long letterId = ((Number) letter.get("letterId")).longValue();
        List<Number> taskIds = (List<Number>) letter.get("taskIds");
        assertThat(taskIds).hasSize(2);
        assertThat(api.post(f.staff(), results + evaluated + "/letter", Map.of()).code()).isEqualTo("LETTER_ISSUED");
        byte[] pdf = download(unit.token(), "/api/feedback-letters/" + letterId + "/pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            assertThat(reader.getInfo().get("Title")).isEqualTo("预算绩效评价结果反馈意见书");
        }
        assertThat(gov.bureau.portal.support.PdfFonts.text(pdf)).contains("预算绩效评价结果反馈意见书");
        assertThat(gov.bureau.portal.support.PdfFonts.fonts(pdf)).isNotEmpty()
                .allSatisfy(font -> assertThat(font.fontFile()).as(font.baseFont()).isEqualTo("FontFile2"));
        assertThat(api.get(other.token(), "/api/feedback-letters/" + letterId + "/pdf").status()).isEqualTo(404);
        assertThat(api.get(other.token(), "/api/feedback-letters/" + letterId).status()).isEqualTo(404);
        assertThat(api.get(agencyToken, "/api/feedback-letters/" + letterId + "/pdf").status()).isEqualTo(403);
        Response inbox = api.get(unit.token(), "/api/inbox");
        assertThat(inbox.content()).extracting(m -> (String) m.get("title")).anyMatch(t -> t.contains("反馈意见书"));

        // a change after the letter: a reason, the same findings, a new revision
        Response noReason = api.put(f.staff(), results + evaluated, result("78", "资金拨付滞后", "绩效目标不明确"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.errorFields()).containsExactly("reason");
        Map<String, Object> changed = new HashMap<>(result("78", "资金拨付滞后"));
        changed.put("reason", "复核后调整");
        assertThat(api.put(f.staff(), results + evaluated, changed).errorFields()).containsExactly("findings");
        Map<String, Object> revised = new HashMap<>(result("78", "资金拨付滞后", "绩效目标不明确"));
        revised.put("reason", "复核后调整得分");
        Response second = api.put(f.staff(), results + evaluated, revised);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(((Number) second.get("revision")).intValue()).isEqualTo(2);
        Response revisions = api.get(f.staff(), results + evaluated + "/revisions");
        assertThat(revisions.list()).hasSize(2);
        assertThat(((Map<String, Object>) revisions.list().get(1)).get("reason")).isEqualTo("复核后调整得分");

        // rectification: the unit sees its own tasks, answers with evidence, the bureau returns and accepts
        Response own = api.get(unit.token(), "/api/rectifications");
        assertThat(own.content()).extracting(m -> ((Number) m.get("id")).longValue())
                .containsExactlyInAnyOrder(taskIds.get(0).longValue(), taskIds.get(1).longValue());
        assertThat(api.get(other.token(), "/api/rectifications").content()).isEmpty();
        long task = taskIds.get(0).longValue();
        assertThat(api.get(other.token(), "/api/rectifications/" + task).status()).isEqualTo(404);
        assertThat(api.post(other.token(), "/api/rectifications/" + task + "/answer", Map.of("measures", "x")).status()).isEqualTo(404);
        assertThat(uploadEvidence(other.token(), task).status()).isEqualTo(404);
        assertThat(api.post(f.staff(), "/api/rectifications/" + task + "/answer", Map.of("measures", "x")).status()).isEqualTo(403);
        assertThat(api.post(unit.token(), "/api/rectifications/" + task + "/answer", Map.of("measures", "")).status()).isEqualTo(400);
        assertThat(api.post(f.staff(), "/api/rectifications/" + task + "/review", Map.of("decision", "ACCEPT")).code())
                .isEqualTo("TASK_NOT_ANSWERED");
        Response file = uploadEvidence(unit.token(), task);
        assertThat(file.status()).as(file.toString()).isEqualTo(201);
        assertThat((String) file.get("sha256")).hasSize(64);
        Response answered = api.post(unit.token(), "/api/rectifications/" + task + "/answer", Map.of("measures", "已建立资金拨付台账"));
        assertThat(answered.get("status")).isEqualTo("ANSWERED");
        assertThat((List<?>) answered.get("files")).hasSize(1);
        Response noComment = api.post(f.staff(), "/api/rectifications/" + task + "/review", Map.of("decision", "RETURN"));
        assertThat(noComment.errorFields()).containsExactly("comment");
        Response returned = api.post(f.staff(), "/api/rectifications/" + task + "/review", Map.of("decision", "RETURN", "comment", "请补充凭证"));
        assertThat(returned.get("status")).isEqualTo("RETURNED");
        api.post(unit.token(), "/api/rectifications/" + task + "/answer", Map.of("measures", "已补充拨付凭证"));
        Response accepted = api.post(f.staff(), "/api/rectifications/" + task + "/review", Map.of("decision", "ACCEPT"));
        assertThat(accepted.get("status")).isEqualTo("ACCEPTED");
        // who answered, reviewed and uploaded, as people are named (display names, not user names)
        assertThat(String.valueOf(accepted.get("answeredBy"))).startsWith("单位用户 ");
        assertThat(String.valueOf(accepted.get("reviewedBy"))).startsWith("测试 res");
        assertThat(String.valueOf(((Map<?, ?>) ((List<?>) accepted.get("files")).get(0)).get("uploadedBy"))).startsWith("单位用户 ");
        assertThat(api.post(unit.token(), "/api/rectifications/" + task + "/answer", Map.of("measures", "again")).code())
                .isEqualTo("TASK_NOT_OPEN");

        // an extension, once, at most 30 days
        long second2 = taskIds.get(1).longValue();
        assertThat(api.post(unit.token(), "/api/rectifications/" + second2 + "/extension", Map.of("days", 31, "reason", "r")).errorFields())
                .containsExactly("days");
        Response asked = api.post(unit.token(), "/api/rectifications/" + second2 + "/extension", Map.of("days", 20, "reason", "需要跨年度调整"));
        assertThat(asked.get("extensionStatus")).isEqualTo("REQUESTED");
        assertThat(api.post(unit.token(), "/api/rectifications/" + second2 + "/extension", Map.of("days", 5, "reason", "again")).code())
                .isEqualTo("EXTENSION_ALREADY_ASKED");
        LocalDate before = LocalDate.parse((String) asked.get("deadline"));
        Response granted = api.post(f.staff(), "/api/rectifications/" + second2 + "/extension/decision", Map.of("grant", true));
        assertThat(LocalDate.parse((String) granted.get("deadline"))).isEqualTo(before.plusDays(20));

        // overdue: past the deadline and not accepted
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "UPDATE rectification_task SET deadline = ? WHERE letter_id = ?")) {
            s.setObject(1, LocalDate.now().minusDays(3));
            s.setLong(2, letterId);
            s.executeUpdate();
        }
        Response overdue = api.get(f.staff(), "/api/rectifications?overdue=true&unitId=" + unit.unitId());
        assertThat(overdue.content()).extracting(m -> ((Number) m.get("id")).longValue()).containsExactly(second2);
        assertThat(overdue.content().get(0).get("overdue")).isEqualTo(true);
        Response board = api.get(f.staff(), "/api/rectifications/board");
        assertThat(((Number) board.get("overdue")).longValue()).isGreaterThanOrEqualTo(1);
        assertThat(api.get(f.staff(), "/api/rectifications?status=NOPE").status()).isEqualTo(400);

        // result application: 中 suggests cutting 30–50 % of the evaluated year's funds
        Response apps = api.get(f.staff(), "/api/result-applications?unitId=" + unit.unitId());
        Map<String, Object> app = apps.content().get(0);
        assertThat(app.get("suggestedAction")).isEqualTo("REDUCE");
        assertThat(new BigDecimal(app.get("suggestedMin").toString())).isEqualByComparingTo("360000.00");
        assertThat(new BigDecimal(app.get("suggestedMax").toString())).isEqualByComparingTo("600000.00");
        String decide = "/api/result-applications/" + evaluated;
        assertThat(api.put(f.staff(), decide, Map.of("decidedAction", "REDUCE", "reason", "按中档扣减")).errorFields())
                .containsExactly("decidedAmount");
        assertThat(api.put(f.staff(), decide, Map.of("decidedAction", "REDUCE", "decidedAmount", "1200000.01", "reason", "r")).errorFields())
                .containsExactly("decidedAmount");
        assertThat(api.put(f.staff(), decide, Map.of("decidedAction", "REDUCE", "decidedAmount", "480000.00")).status()).isEqualTo(400);
        Response decided = api.put(f.staff(), decide, Map.of("decidedAction", "REDUCE", "decidedAmount", "480000.00", "reason", "按 40% 扣减"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(new BigDecimal(decided.get("decidedAmount").toString())).isEqualByComparingTo("480000.00");
        byte[] xlsx = download(f.staff(), "/api/result-applications/export?unitId=" + unit.unitId());
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(api.get(unit.token(), "/api/result-applications").status()).isEqualTo(403);

        // the unit judges the agency: a complaint proposes a COMPLAINT credit event
        Response complaintWithout = api.post(unit.token(), "/api/engagements/" + id + "/unit-feedback", Map.of("rating", 2, "complaint", true));
        assertThat(complaintWithout.errorFields()).containsExactly("comment");
        assertThat(api.post(unit.token(), "/api/engagements/" + id + "/unit-feedback", Map.of("rating", 6, "complaint", false)).status())
                .isEqualTo(400);
        assertThat(api.post(other.token(), "/api/engagements/" + id + "/unit-feedback", Map.of("rating", 5, "complaint", false)).status())
                .isEqualTo(404);
        Response complaint = api.post(unit.token(), "/api/engagements/" + id + "/unit-feedback",
                Map.of("rating", 2, "comment", "评价人员索要与评价无关的资料", "complaint", true));
        assertThat(complaint.status()).as(complaint.toString()).isEqualTo(201);
        long eventId = ((Number) complaint.get("creditEventId")).longValue();
        Response event = api.get(f.staff(), "/api/credit-events/" + eventId);
        assertThat(event.get("type")).isEqualTo("COMPLAINT");
        assertThat(event.get("status")).isEqualTo("PROPOSED");
        assertThat(((Number) event.get("points")).intValue()).isEqualTo(-3);
        assertThat(api.post(unit.token(), "/api/engagements/" + id + "/unit-feedback", Map.of("rating", 3, "complaint", false)).code())
                .isEqualTo("FEEDBACK_GIVEN");

        // publication: no personal data in the summary, a PDF; anyone reads it
        Response withPhone = publish(id, "评价结论为中，联系人电话 13812345678", EngagementFixtures.pdf("public"));
        assertThat(withPhone.status()).isEqualTo(422);
        assertThat(withPhone.errorFields()).containsExactly("summary");
        Response notPdf = publish(id, "评价结论为中", "not a pdf".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.status()).isEqualTo(422);
        assertThat(notPdf.errorFields()).containsExactly("file");
        Response published = publish(id, "评价结论为中，已督促整改", EngagementFixtures.pdf("public redacted"));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        long pub = published.id();
        assertThat(publish(id, "再次公开", EngagementFixtures.pdf("again")).code()).isEqualTo("ALREADY_PUBLISHED");
        int year = LocalDate.now().getYear();
        Response pub1 = api.get(null, "/api/public/results?year=" + year + "&size=100");
        assertThat(pub1.status()).isEqualTo(200);
        assertThat(pub1.content()).anyMatch(m -> ((Number) m.get("id")).longValue() == pub && "MEDIUM".equals(m.get("conclusion"))
                && ("预算单位" + unit.username()).equals(m.get("unitName")));
        HttpResponse<byte[]> publicPdf = http.toBlocking().exchange(HttpRequest.GET("/api/public/results/" + pub + "/pdf")
                .accept(MediaType.APPLICATION_PDF_TYPE), byte[].class);
        assertThat(new String(publicPdf.body(), StandardCharsets.ISO_8859_1)).contains("public redacted");
        assertThat(api.get(null, "/api/public/results/987654321/pdf").status()).isEqualTo(404);
    }

    private Response publish(long id, String summary, byte[] content) {
        return api.send(HttpRequest.POST("/api/engagements/" + id + "/publication", MultipartBody.builder()
                        .addPart("summary", summary)
                        .addPart("file", "公开报告.pdf", MediaType.APPLICATION_PDF_TYPE, content).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), f.staff());
    }

    @Test
    void aLetterNeedsAResultAndALinkedBudgetUnit() {
        Agency agency = EngagementFixtures.approvedAgency(unique("未关联机构"));
        long id = f.reportApproved(unique("未关联"), agency, f.agencyToken(agency.id()));
        long evaluated = evaluatedUnitId(id);
        String letter = "/api/engagements/" + id + "/results/" + evaluated + "/letter";
        assertThat(api.post(f.staff(), letter, Map.of()).code()).isEqualTo("RESULT_MISSING");
        Response r = api.put(f.staff(), "/api/engagements/" + id + "/results/" + evaluated, result("92.5"));
        assertThat(r.get("conclusion")).isEqualTo("EXCELLENT");
        Response refused = api.post(f.staff(), letter, Map.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("budgetUnitId");
        Response apps = api.get(f.staff(), "/api/result-applications?year=" + LocalDate.now().getYear() + "&size=100");
        assertThat(apps.content()).anyMatch(m -> ((Number) m.get("evaluatedUnitId")).longValue() == evaluated
                && "COMMEND_PRIORITY".equals(m.get("suggestedAction")) && m.get("suggestedMin") == null);
    }
}
