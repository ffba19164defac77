package gov.bureau.portal.experts;

import gov.bureau.portal.engagement.EngagementFixtures;
import gov.bureau.portal.support.Experts;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestDatabase;
import gov.bureau.portal.support.Users;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The experts' API over HTTP and the real database (API.md "Experts"): the pool, registration and
 * review, EXPERT accounts, panels by draw with exclusions, verification and redraw, opinions, the
 * consolidated opinion gating the report's approval, fees paid once. Drawn members are given accounts
 * after the draw, so that experts other tests put in the pool do not matter.
 */
@MicronautTest(transactional = false)
class ExpertsApiTest extends IntegrationTest {

    private EngagementFixtures f;
    private String staff;
    private String admin;

    @BeforeAll
    void setUp() {
        f = new EngagementFixtures(api, unique("exs"));
        staff = f.staff();
        admin = f.admin();
    }

    // ---------------------------------------------------------------- the pool

    @Test
    @SuppressWarnings("unchecked")
    void theBureauAddsExpertsWithCheckedDataAndAStaleEditIsRefused() {
        Map<String, Object> form = Experts.form("王专家", "SENIOR", "某大学", "EDUCATION", "KEY_EVALUATION");
        Response created = api.post(staff, "/api/experts", form);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.id();
        Response record = api.get(staff, "/api/experts/" + id);
        assertThat(record.get("status")).isEqualTo("ACTIVE");
        assertThat((String) record.get("idNumber")).as("masked for the bureau").contains("*").isNotEqualTo(form.get("idNumber"));
        assertThat((List<Object>) record.get("specialties")).containsExactly("EDUCATION", "KEY_EVALUATION");

        Response again = api.post(staff, "/api/experts", form);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.errorFields()).containsExactly("idNumber");

        Map<String, Object> bad = new HashMap<>(Experts.form("李", "SENIOR", "x", "NOT_A_SPECIALTY"));
        bad.put("idNumber", "320102199001011235");
        bad.put("phone", "12");
        bad.put("bankAccount", "abc");
        Response invalid = api.post(staff, "/api/experts", bad);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.errorFields()).contains("idNumber", "specialties[0]", "phone", "bankAccount");
        Response malformed = api.post(staff, "/api/experts", Map.of("name", "x"));
        assertThat(malformed.status()).isEqualTo(400);

        Map<String, Object> edit = new HashMap<>(form);
        edit.put("title", "INTERMEDIATE");
        edit.put("version", ((Number) record.get("version")).longValue());
        Response updated = api.put(staff, "/api/experts/" + id, edit);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.get("title")).isEqualTo("INTERMEDIATE");
        assertThat(api.put(staff, "/api/experts/" + id, edit).status()).as("stale version").isEqualTo(409);

        Response list = api.get(staff, "/api/experts?specialty=KEY_EVALUATION&sort=name,asc&q="
                + java.net.URLEncoder.encode("王专家", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.content()).extracting(r -> ((Number) r.get("id")).longValue()).contains(id);
        assertThat(api.get(staff, "/api/experts?specialty=NOPE").status()).isEqualTo(422);
    }

    @Test
    void pausingAndRemovingNeedAReasonAndRemovalIsFinal() {
        long id = Experts.add(api, staff, "赵专家", "OTHER", "某研究院", "HEALTH");
        Response noReason = api.post(staff, "/api/experts/" + id + "/status", Map.of("status", "PAUSED"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.errorFields()).containsExactly("reason");
        assertThat(api.post(staff, "/api/experts/" + id + "/status", Map.of("status", "PAUSED", "reason", "出国访学")).get("status"))
                .isEqualTo("PAUSED");
        assertThat(api.post(staff, "/api/experts/" + id + "/status", Map.of("status", "ACTIVE")).get("status")).isEqualTo("ACTIVE");
        assertThat(api.post(staff, "/api/experts/" + id + "/status", Map.of("status", "REMOVED", "reason", "评审失实")).get("statusReason"))
                .isEqualTo("评审失实");
        assertThat(api.post(staff, "/api/experts/" + id + "/status", Map.of("status", "ACTIVE")).status()).isEqualTo(409);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSelfRegisteredExpertIsReviewedAndSeesOnlyItsOwnRecord() {
        Experts.Registered me = Experts.register(api, unique("exr"), "LAW");
        Experts.Registered other = Experts.register(api, unique("exo"), "LAW");
        Response own = api.get(me.token(), "/api/experts/" + me.id());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.get("status")).isEqualTo("SUBMITTED");
        assertThat((String) own.get("idNumber")).as("unmasked for the expert itself").doesNotContain("*");
        assertThat(api.get(me.token(), "/api/experts/" + other.id()).status()).as("another expert's record").isEqualTo(404);
        Response meView = api.get(me.token(), "/api/me");
        assertThat(((Number) meView.get("expertId")).longValue()).isEqualTo(me.id());
        assertThat((List<Object>) meView.get("roles")).containsExactly("EXPERT");

        assertThat(api.post(staff, "/api/experts/" + me.id() + "/status", Map.of("status", "PAUSED", "reason", "x")).status())
                .as("a registration is reviewed first").isEqualTo(409);
        Response reject = api.post(staff, "/api/experts/" + other.id() + "/review", Map.of("decision", "REJECT"));
        assertThat(reject.status()).isEqualTo(422);
        assertThat(reject.errorFields()).containsExactly("comment");
        assertThat(api.post(staff, "/api/experts/" + me.id() + "/review", Map.of("decision", "APPROVE")).get("status")).isEqualTo("ACTIVE");
        assertThat(api.post(staff, "/api/experts/" + me.id() + "/review", Map.of("decision", "APPROVE")).status()).isEqualTo(409);

        Response taken = api.post(null, "/api/expert-registrations", registration(me.username()));
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.errorFields()).contains("username");
    }

    private static Map<String, Object> registration(String username) {
        Map<String, Object> r = new HashMap<>(Experts.form("钱专家", "SENIOR", "某大学", "LAW"));
        r.put("username", username);
        r.put("password", Users.PASSWORD);
        return r;
    }

    @Test
    void theAdminCreatesExpertAccountsOnlyBoundToAnExpertAndUnitAccountsOnlyBoundToAUnit() {
        long id = Experts.add(api, staff, "孙专家", "SENIOR", "某大学", "HEALTH");
        String token = Experts.account(api, unique("exa"), id);
        assertThat(((Number) api.get(token, "/api/me").get("expertId")).longValue()).isEqualTo(id);
        Response without = api.post(admin, "/api/users", Map.of("username", unique("exb"), "displayName", "x", "roles", List.of("EXPERT"),
                "password", Users.PASSWORD));
        assertThat(without.status()).isEqualTo(422);
        assertThat(without.errorFields()).containsExactly("expertId");
        Response mixed = api.post(admin, "/api/users", Map.of("username", unique("exc"), "displayName", "x",
                "roles", List.of("EXPERT", "STAFF"), "password", Users.PASSWORD, "expertId", id));
        assertThat(mixed.status()).isEqualTo(422);
        assertThat(mixed.errorFields()).containsExactly("roles");
        Response staffWithExpert = api.post(admin, "/api/users", Map.of("username", unique("exd"), "displayName", "x",
                "roles", List.of("STAFF"), "password", Users.PASSWORD, "expertId", id));
        assertThat(staffWithExpert.errorFields()).containsExactly("expertId");
        Response unknown = api.post(admin, "/api/users", Map.of("username", unique("exe"), "displayName", "x",
                "roles", List.of("EXPERT"), "password", Users.PASSWORD, "expertId", 987654321));
        assertThat(unknown.errorFields()).containsExactly("expertId");
        Response unit = api.post(admin, "/api/users", Map.of("username", unique("exf"), "displayName", "x",
                "roles", List.of("UNIT"), "password", Users.PASSWORD));
        // a budget unit's account needs its unit (the results area), as an expert's needs its expert
        assertThat(unit.status()).isEqualTo(422);
        assertThat(unit.errorFields()).containsExactly("unitId");
    }

    // ---------------------------------------------------------------- panels

    /** An engagement of a new agency with its final report submitted; answers [engagementId, agencyId]. */
    private long[] reportSubmitted(String title, String... interestUnits) {
        EngagementFixtures.Agency agency = EngagementFixtures.approvedAgency(unique(title + "机构"), interestUnits);
        String agencyToken = f.agencyToken(agency.id());
        long id = f.create(unique(title));
        f.merit(id, agency.id());
        f.confirm(id, agencyToken);
        Response plan = api.post(agencyToken, "/api/engagements/" + id + "/plans", f.plan(agency, LocalDate.now().plusDays(10).toString()));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        assertThat(api.post(staff, "/api/engagements/" + id + "/plans/" + plan.id() + "/review", Map.of("decision", "APPROVE")).status())
                .isEqualTo(200);
        assertThat(api.post(agencyToken, "/api/engagements/" + id + "/fieldwork", Map.of()).status()).isEqualTo(204);
        long doc = f.upload(agencyToken, id, "REPORT", EngagementFixtures.pdf("report " + title), "报告.pdf");
        Response report = api.post(agencyToken, "/api/engagements/" + id + "/reports", Map.of("kind", "FINAL", "documentId", doc));
        assertThat(report.status()).as(report.toString()).isEqualTo(201);
        return new long[]{id, agency.id(), report.id(), doc};
    }

    private Response draw(long engagementId, int size, String specialty) {
        return api.post(staff, "/api/engagements/" + engagementId + "/expert-panels",
                Map.of("size", size, "specialty", specialty, "purpose", "REPORT"));
    }

    @SuppressWarnings("unchecked")
    private static List<Long> members(Response panel) {
        return ((List<Number>) panel.get("members")).stream().map(Number::longValue).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPanelIsDrawnWithExclusionsAndReRunsFromItsRecord() throws Exception {
        long[] e = reportSubmitted("抽取", "利害单位X");
        Map<String, Object> engagement = f.get(e[0]).json();
        String agencyName = (String) engagement.get("agencyName");
        String unit = (String) ((List<Map<String, Object>>) engagement.get("evaluatedUnits")).get(0).get("unit");
        long ok1 = Experts.add(api, staff, "专家甲", "SENIOR", "某大学", "ENVIRONMENT");
        long ok2 = Experts.add(api, staff, "专家乙", "INTERMEDIATE", "某研究院", "ENVIRONMENT");
        long ok3 = Experts.add(api, staff, "专家丙", "OTHER", "某设计院", "ENVIRONMENT");
        long ofUnit = Experts.add(api, staff, "专家丁", "SENIOR", unit, "ENVIRONMENT");
        long related = Experts.add(api, staff, "专家戊", "SENIOR", "利害单位X", "ENVIRONMENT");
        long paused = Experts.add(api, staff, "专家己", "SENIOR", "某大学", "ENVIRONMENT");
        api.post(staff, "/api/experts/" + paused + "/status", Map.of("status", "PAUSED", "reason", "休假"));
        Long ofAgency = agencyName == null ? null : Experts.add(api, staff, "专家庚", "SENIOR", agencyName, "ENVIRONMENT");

        Response panel = draw(e[0], 3, "ENVIRONMENT");
        assertThat(panel.status()).as(panel.toString()).isEqualTo(201);
        assertThat((String) panel.get("seed")).matches("[0-9a-f]{64}");
        assertThat(members(panel)).hasSize(3).doesNotHaveDuplicates().doesNotContain(ofUnit, related, paused);
        Map<Long, String> reasons = new HashMap<>();
        ((List<Map<String, Object>>) panel.get("excluded")).forEach(x -> reasons.put(((Number) x.get("expertId")).longValue(),
                (String) x.get("reason")));
        assertThat(reasons).containsEntry(ofUnit, "EMPLOYED_BY_EVALUATED_UNIT").containsEntry(related, "AGENCY_RELATIONSHIP")
                .containsEntry(paused, "PAUSED").doesNotContainKeys(ok1, ok2, ok3);
        if (ofAgency != null) {
            assertThat(reasons).containsEntry(ofAgency, "EMPLOYED_BY_AGENCY");
        }
        long panelId = panel.id();
        assertThat(api.get(staff, "/api/expert-panels/" + panelId + "/verification").get("reproduced")).isEqualTo(true);
        assertThat(draw(e[0], 3, "ENVIRONMENT").status()).as("one open panel per round").isEqualTo(409);
        assertThat(api.get(staff, "/api/engagements/" + e[0] + "/expert-panels").list()).hasSize(1);

        // a record that was tampered with no longer reproduces
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement("UPDATE expert_panel_draw SET seed = ? WHERE panel_id = ?")) {
            s.setString(1, "0".repeat(64));
            s.setLong(2, panelId);
            s.executeUpdate();
        }
        Response tampered = api.get(staff, "/api/expert-panels/" + panelId + "/verification");
        // the re-run is compared draw by draw, tickets included: another seed gives other tickets
        assertThat(tampered.get("reproduced")).isEqualTo(false);
    }

    @Test
    void drawRequestsAreChecked() {
        long[] e = reportSubmitted("校验");
        Response even = draw(e[0], 2, "TRANSPORT");
        assertThat(even.status()).isEqualTo(422);
        assertThat(even.errorFields()).containsExactly("size");
        Response unknown = draw(e[0], 3, "NOPE");
        assertThat(unknown.errorFields()).containsExactly("specialty");
        Response days = api.post(staff, "/api/engagements/" + e[0] + "/expert-panels",
                Map.of("size", 1, "specialty", "TRANSPORT", "purpose", "REPORT", "days", "0.3"));
        assertThat(days.errorFields()).containsExactly("days");
        long active = api.get(staff, "/api/experts?specialty=TRANSPORT&status=ACTIVE").get("totalElements") instanceof Number n ? n.longValue() : 0;
        if (active < 15) {
            Response tooFew = draw(e[0], 15, "TRANSPORT");
            assertThat(tooFew.status()).isEqualTo(422);
            assertThat(tooFew.errorFields()).containsExactly("size");
        }
        assertThat(api.post(staff, "/api/engagements/987654321/expert-panels", Map.of("size", 1, "specialty", "TRANSPORT",
                "purpose", "REPORT")).status()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDeclineIsRecordedAndTheSeatRedrawnWithoutThatExpert() {
        long[] e = reportSubmitted("谢绝");
        for (int i = 0; i < 3; i++) {
            Experts.add(api, staff, "农业专家" + i, "SENIOR", "某农科院" + i, "AGRICULTURE");
        }
        Response panel = draw(e[0], 1, "AGRICULTURE");
        assertThat(panel.status()).as(panel.toString()).isEqualTo(201);
        long first = members(panel).get(0);
        String token = Experts.account(api, unique("exdc"), first);
        Experts.Registered stranger = Experts.register(api, unique("exst"));
        assertThat(api.post(stranger.token(), "/api/expert-panels/" + panel.id() + "/members/" + first + "/decline",
                Map.of("reason", "x")).status()).as("another expert").isEqualTo(404);
        assertThat(api.post(token, "/api/expert-panels/" + panel.id() + "/members/" + first + "/decline", Map.of()).status()).isEqualTo(400);
        Response declined = api.post(token, "/api/expert-panels/" + panel.id() + "/members/" + first + "/decline",
                Map.of("reason", "时间冲突"));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(members(declined)).hasSize(1).doesNotContain(first);
        List<Map<String, Object>> seats = (List<Map<String, Object>>) declined.get("seats");
        assertThat(seats).anySatisfy(s -> {
            assertThat(((Number) s.get("expertId")).longValue()).isEqualTo(first);
            assertThat(s.get("status")).isEqualTo("DECLINED");
            assertThat(s.get("declineReason")).isEqualTo("时间冲突");
        });
        Response full = api.get(staff, "/api/expert-panels/" + panel.id());
        List<Map<String, Object>> draws = (List<Map<String, Object>>) full.get("draws");
        assertThat(draws).hasSize(2);
        assertThat(((Number) draws.get(1).get("replaces")).longValue()).isEqualTo(first);
        assertThat((List<Map<String, Object>>) draws.get(1).get("excluded"))
                .anySatisfy(x -> assertThat(x).containsEntry("reason", "DECLINED"));
        Response verified = api.get(staff, "/api/expert-panels/" + panel.id() + "/verification");
        assertThat(verified.get("reproduced")).isEqualTo(true);
        assertThat(verified.get("rounds")).isEqualTo(2);
        assertThat(api.post(token, "/api/expert-panels/" + panel.id() + "/members/" + first + "/decline",
                Map.of("reason", "again")).status()).isEqualTo(409);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFailingPanelBlocksApprovalUntilAnAdminOverridesAndTheFeeIsPaidOnce() throws Exception {
        long[] e = reportSubmitted("否决");
        Experts.add(api, staff, "科技专家", "SENIOR", "某科学院", "SCIENCE_TECHNOLOGY");
        Response panel = draw(e[0], 1, "SCIENCE_TECHNOLOGY");
        assertThat(panel.status()).as(panel.toString()).isEqualTo(201);
        long panelId = panel.id();
        long member = members(panel).get(0);
        String token = Experts.account(api, unique("exm"), member);
        Experts.Registered stranger = Experts.register(api, unique("exn"));

        // the member reads its panel and the report; another expert sees nothing
        Response mine = api.get(token, "/api/expert-panels/" + panelId);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.get("excluded")).as("exclusions are the bureau's").isNull();
        List<Map<String, Object>> files = (List<Map<String, Object>>) mine.get("files");
        assertThat(files).extracting(x -> ((Number) x.get("id")).longValue()).containsExactly(e[3]);
        assertThat(api.get(token, "/api/expert-panels/" + panelId + "/files/" + e[3]).status()).isEqualTo(200);
        assertThat(api.get(token, "/api/expert-panels").content()).extracting(r -> ((Number) r.get("id")).longValue()).contains(panelId);
        assertThat(api.get(stranger.token(), "/api/expert-panels/" + panelId).status()).isEqualTo(404);
        assertThat(api.get(stranger.token(), "/api/expert-panels/" + panelId + "/files/" + e[3]).status()).isEqualTo(404);
        assertThat(api.get(stranger.token(), "/api/expert-panels").content()).extracting(r -> ((Number) r.get("id")).longValue())
                .doesNotContain(panelId);
        List<Map<String, Object>> checklist = (List<Map<String, Object>>) mine.get("checklist");
        List<Map<String, Object>> items = new ArrayList<>();
        checklist.forEach(c -> items.add(Map.of("itemId", c.get("id"), "points", 5)));
        assertThat(api.post(stranger.token(), "/api/expert-panels/" + panelId + "/opinions",
                Map.of("verdict", "FAIL", "items", items, "comment", "x")).status()).isEqualTo(404);

        // opinions are checked item by item
        Response noComment = api.post(token, "/api/expert-panels/" + panelId + "/opinions", Map.of("verdict", "FAIL", "items", items));
        assertThat(noComment.status()).isEqualTo(422);
        assertThat(noComment.errorFields()).containsExactly("comment");
        Response tooMany = api.post(token, "/api/expert-panels/" + panelId + "/opinions", Map.of("verdict", "PASS",
                "items", List.of(Map.of("itemId", checklist.get(0).get("id"), "points", 1000))));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.errorFields()).contains("items[0].points");
        Response given = api.post(token, "/api/expert-panels/" + panelId + "/opinions",
                Map.of("verdict", "FAIL", "items", items, "comment", "数据与实际不符"));
        assertThat(given.status()).as(given.toString()).isEqualTo(201);
        assertThat(api.post(token, "/api/expert-panels/" + panelId + "/opinions",
                Map.of("verdict", "PASS", "items", items)).status()).as("once").isEqualTo(409);

        Map<String, Object> consolidated = (Map<String, Object>) api.get(staff, "/api/expert-panels/" + panelId).get("consolidated");
        assertThat(consolidated).containsEntry("verdict", "FAIL").containsEntry("fail", 1).containsEntry("complete", true);

        // STAFF cannot approve over a failing panel, nor an ADMIN without a reason
        String review = "/api/engagements/" + e[0] + "/reports/" + e[2] + "/review";
        Response byStaff = api.post(staff, review, Map.of("decision", "APPROVE"));
        assertThat(byStaff.status()).isEqualTo(422);
        assertThat(byStaff.errorFields()).containsExactly("overrideReason");
        assertThat(f.state(e[0])).isEqualTo("REPORT_SUBMITTED");
        Response noReason = api.post(admin, review, Map.of("decision", "APPROVE"));
        assertThat(noReason.errorFields()).containsExactly("overrideReason");
        assertThat(api.get(staff, "/api/expert-fees?expertId=" + member).content()).as("nothing payable yet")
                .noneMatch(x -> ((Number) x.get("panelId")).longValue() == panelId);
        Response approved = api.post(admin, review, Map.of("decision", "APPROVE", "overrideReason", "专家意见所涉问题已在正式稿中更正"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(f.state(e[0])).isEqualTo("REPORT_APPROVED");
        Response closed = api.get(staff, "/api/expert-panels/" + panelId);
        assertThat(closed.get("status")).isEqualTo("CLOSED");
        assertThat(closed.get("overrideBy")).isEqualTo("系统管理员");
        assertThat(String.valueOf(closed.get("createdBy"))).as("who formed the panel, by display name").startsWith("测试 ");

        // the sitting is payable at the member's rate, half a day by default
        String title = (String) api.get(staff, "/api/experts/" + member).get("title");
        Map<String, Object> fee = api.get(staff, "/api/expert-fees?status=PAYABLE&expertId=" + member).content().stream()
                .filter(x -> ((Number) x.get("panelId")).longValue() == panelId).findFirst().orElseThrow();
        assertThat(new BigDecimal(fee.get("amount").toString())).isEqualByComparingTo("SENIOR".equals(title) ? "750.00" : "450.00");
        long feeId = ((Number) fee.get("id")).longValue();
        assertThat(api.get(token, "/api/experts/" + member).get("fees").toString()).contains("PAYABLE");

        // paid once, however many payments arrive together
        List<Integer> statuses = fire(feeId, 8);
        assertThat(statuses.stream().filter(s -> s == 200).count()).as(statuses.toString()).isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 409).count()).as(statuses.toString()).isEqualTo(7);
        Response paid = api.get(staff, "/api/expert-fees?status=PAID&expertId=" + member);
        assertThat(paid.content()).anySatisfy(x -> assertThat(((Number) x.get("id")).longValue()).isEqualTo(feeId));
        assertThat(api.post(staff, "/api/expert-fees/987654321/payment", Map.of("paidOn", LocalDate.now().toString(),
                "reference", "x")).status()).isEqualTo(404);
        Response export = api.get(staff, "/api/expert-fees/export?expertId=" + member);
        assertThat(export.status()).isEqualTo(200);

        // the bureau rates the opinion once; the expert's record counts it
        Response rated = api.post(staff, "/api/expert-panels/" + panelId + "/ratings", Map.of("expertId", member, "onTime", 5,
                "substantive", 4));
        assertThat(rated.status()).as(rated.toString()).isEqualTo(200);
        assertThat(api.post(staff, "/api/expert-panels/" + panelId + "/ratings", Map.of("expertId", member, "onTime", 5,
                "substantive", 4)).status()).isEqualTo(409);
        assertThat(((Number) api.get(staff, "/api/experts/" + member).get("ratingCount")).intValue()).isPositive();
        assertThat(((Number) api.get(staff, "/api/experts/" + member).get("sittings")).intValue()).isPositive();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPassingPanelLetsStaffApprove() {
        long[] e = reportSubmitted("通过");
        Experts.add(api, staff, "文旅专家", "INTERMEDIATE", "某文旅院", "CULTURE_TOURISM");
        Response panel = draw(e[0], 1, "CULTURE_TOURISM");
        long member = members(panel).get(0);
        String token = Experts.account(api, unique("exp"), member);
        List<Map<String, Object>> items = new ArrayList<>();
        ((List<Map<String, Object>>) panel.get("checklist")).forEach(c -> items.add(Map.of("itemId", c.get("id"), "points", "7.5")));
        assertThat(api.post(token, "/api/expert-panels/" + panel.id() + "/opinions", Map.of("verdict", "PASS", "items", items)).status())
                .isEqualTo(201);
        Response approved = api.post(staff, "/api/engagements/" + e[0] + "/reports/" + e[2] + "/review", Map.of("decision", "APPROVE"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(api.get(staff, "/api/expert-fees?expertId=" + member).content())
                .anySatisfy(x -> assertThat(((Number) x.get("panelId")).longValue()).isEqualTo(panel.id()));
        assertThat(api.post(token, "/api/expert-panels/" + panel.id() + "/opinions", Map.of("verdict", "PASS", "items", items)).status())
                .as("the panel is closed").isEqualTo(409);
    }

    private List<Integer> fire(long feeId, int parallel) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            int n = i;
            Callable<Integer> call = () -> {
                start.await();
                return api.post(staff, "/api/expert-fees/" + feeId + "/payment",
                        Map.of("paidOn", LocalDate.now().toString(), "reference", "并发-" + n)).status();
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> r : results) {
            statuses.add(r.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return statuses;
    }
}
