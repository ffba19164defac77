package gov.bureau.portal.engagement;

import gov.bureau.portal.engagement.EngagementFixtures.Agency;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Creating engagements, editing them, the fee cap, termination and the errors that change nothing. */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class EngagementApiTest extends IntegrationTest {

    private EngagementFixtures f;

    @BeforeAll
    void setUp() {
        f = new EngagementFixtures(api, unique("ens"));
    }

    private long count(String title) {
        return ((Number) api.get(f.staff(), "/api/engagements?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8)).get("totalElements")).longValue();
    }

    @Test
    void staffCreateAnEngagementAndReadItWhole() {
        String title = unique("绩效评价");
        Map<String, Object> form = f.form(title, "某市财政局", "某区教育局", "某区卫健委");
        form.put("evaluatedUnits", List.of("某区教育局", Map.of("unit", "某区卫健委", "project", "公共卫生服务", "funds", "800000.5")));
        Response created = api.post(f.staff(), "/api/engagements", form);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.headers().get("location").get(0)).isEqualTo("/api/engagements/" + created.id());

        Response one = f.get(created.id());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.get("state")).isEqualTo("CREATED");
        assertThat(one.get("title")).isEqualTo(title);
        assertThat(one.get("fee")).isEqualTo(100000.00);
        assertThat(one.get("feeCap")).isEqualTo(200000.00);
        assertThat((List<?>) one.get("evaluatedUnits")).hasSize(2);
        assertThat(((Map<?, ?>) ((List<?>) one.get("evaluatedUnits")).get(1)).get("funds")).isEqualTo(800000.50);
        assertThat((List<Object>) one.get("next")).containsExactlyInAnyOrder("AGENCY_SELECTED", "TERMINATED");
        assertThat((List<?>) one.get("timeline")).hasSize(1);
        // who acted, as people are named (the display name, not the user name)
        assertThat(String.valueOf(((Map<?, ?>) ((List<?>) one.get("timeline")).get(0)).get("actor"))).startsWith("测试 ");
        assertThat(String.valueOf(one.get("createdBy"))).startsWith("测试 ");
        assertThat(one.get("deadline")).isEqualTo(LocalDate.now().plusDays(15).toString());

        Response audit = api.get(f.admin(), "/api/audit-log?entityType=Engagement&entityId=" + created.id());
        assertThat(audit.content()).extracting(e -> e.get("action")).contains("ENGAGEMENT_CREATED");
    }

    @Test
    void aNegativeFeeAndAnEndBeforeTheStartAreRefusedAndNothingIsCreated() {
        String title = unique("负费用");
        Map<String, Object> negative = f.form(title, "某市财政局", "某单位");
        negative.put("fee", "-1.00");
        Response r = api.post(f.staff(), "/api/engagements", negative);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("fee");

        Map<String, Object> backwards = f.form(title, "某市财政局", "某单位");
        backwards.put("plannedEnd", LocalDate.now().minusDays(1).toString());
        Response b = api.post(f.staff(), "/api/engagements", backwards);
        assertThat(b.status()).isEqualTo(422);
        assertThat(b.errorFields()).containsExactly("plannedEnd");
        assertThat(b.fieldErrors().get(0).get("message")).isEqualTo("计划结束日期不能早于开始日期");

        Map<String, Object> bad = f.form(title, "", "");
        bad.put("supervisorId", 987654321);
        Response c = api.post(f.staff(), "/api/engagements", bad);
        assertThat(c.status()).isEqualTo(400);
        assertThat(c.errorFields()).contains("commissioningUnit");
        Map<String, Object> unknownSupervisor = f.form(title, "某市财政局", "某单位");
        unknownSupervisor.put("supervisorId", 987654321);
        unknownSupervisor.put("evaluatedUnits", List.of(Map.of("unit", " ", "funds", "-5")));
        Response d = api.post(f.staff(), "/api/engagements", unknownSupervisor);
        assertThat(d.status()).isEqualTo(422);
        assertThat(d.errorFields()).containsExactlyInAnyOrder("supervisorId", "evaluatedUnits[0].unit", "evaluatedUnits[0].funds");
        assertThat(count(title)).isZero();
    }

    @Test
    void aFeeAboveTheCapNeedsAnAdminOverrideWithAReason() {
        String title = unique("超限");
        Map<String, Object> form = f.form(title, "某市财政局", "某单位");
        form.put("fee", "200000.01");
        Response staff = api.post(f.staff(), "/api/engagements", form);
        assertThat(staff.status()).isEqualTo(422);
        assertThat(staff.errorFields()).containsExactly("fee");
        assertThat(staff.fieldErrors().get(0).get("message")).asString().contains("200000.00");
        form.put("feeCapOverrideReason", "涉及面广");
        assertThat(api.post(f.staff(), "/api/engagements", form).errorFields()).containsExactlyInAnyOrder("fee", "feeCapOverrideReason");
        form.remove("feeCapOverrideReason");
        Response adminWithout = api.post(f.admin(), "/api/engagements", form);
        assertThat(adminWithout.status()).isEqualTo(422);
        assertThat(adminWithout.errorFields()).containsExactlyInAnyOrder("fee", "feeCapOverrideReason");
        assertThat(count(title)).isZero();

        form.put("feeCapOverrideReason", "覆盖全市 12 个部门，工作量大");
        Response admin = api.post(f.admin(), "/api/engagements", form);
        assertThat(admin.status()).as(admin.toString()).isEqualTo(201);
        Response one = f.get(admin.id());
        assertThat(one.get("feeCapOverrideReason")).isEqualTo("覆盖全市 12 个部门，工作量大");
        assertThat(one.get("feeCapOverrideBy")).isEqualTo("系统管理员");
        Response audit = api.get(f.admin(), "/api/audit-log?entityType=Engagement&action=ENGAGEMENT_CREATED&entityId=" + admin.id());
        assertThat(audit.content().get(0).get("reason")).isEqualTo("覆盖全市 12 个部门，工作量大");
    }

    @Test
    void anEngagementIsEditedOnlyBeforeSelectionAndWithTheVersionRead() {
        long id = f.create(unique("编辑"));
        Response one = f.get(id);
        Map<String, Object> form = f.form(unique("已编辑"), "某市财政局", "新单位");
        form.put("version", one.get("version"));
        Response edited = api.put(f.staff(), "/api/engagements/" + id, form);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.get("title")).isEqualTo(form.get("title"));
        Response stale = api.put(f.staff(), "/api/engagements/" + id, form);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("STALE_VERSION");

        Agency agency = EngagementFixtures.approvedAgency(unique("编辑机构"));
        f.merit(id, agency.id());
        form.put("version", f.get(id).get("version"));
        Response late = api.put(f.staff(), "/api/engagements/" + id, form);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("ENGAGEMENT_STATE");
    }

    @Test
    void terminationNeedsAReasonAndWorksFromAnyStateThatIsNotFinal() {
        long id = f.create(unique("解除"));
        Response noReason = api.post(f.staff(), "/api/engagements/" + id + "/termination", Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        assertThat(f.state(id)).isEqualTo("CREATED");

        Agency agency = EngagementFixtures.approvedAgency(unique("解除机构"));
        f.merit(id, agency.id());
        Response done = api.post(f.staff(), "/api/engagements/" + id + "/termination", Map.of("reason", "项目取消"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.get("state")).isEqualTo("TERMINATED");
        assertThat(done.get("terminationReason")).isEqualTo("项目取消");
        assertThat((List<Object>) done.get("next")).isEmpty();
        Response again = api.post(f.staff(), "/api/engagements/" + id + "/termination", Map.of("reason", "再次"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ENGAGEMENT_TRANSITION");
        assertThat(f.get(id).get("terminationReason")).as("a refused termination changes nothing").isEqualTo("项目取消");
        // the pending selection was cancelled with it: the agency can no longer confirm
        Response confirm = api.post(f.agencyToken(agency.id()), "/api/engagements/" + id + "/confirmation",
                Map.of("accept", true, "noConflictOfInterest", true));
        assertThat(confirm.status()).isEqualTo(409);
    }

    @Test
    void aTransitionOutOfOrderIsAConflictAndChangesNothing() {
        long id = f.create(unique("乱序"));
        Response fieldwork = api.post(f.staff(), "/api/engagements/" + id + "/fieldwork", Map.of());
        assertThat(fieldwork.status()).isEqualTo(409);
        assertThat(fieldwork.code()).isEqualTo("ENGAGEMENT_STATE");
        assertThat(fieldwork.get("message")).asString().contains("CREATED");
        assertThat(api.post(f.staff(), "/api/engagements/" + id + "/closure", Map.of()).status()).isEqualTo(409);
        assertThat(f.assess(f.staff(), id, 15, 15, 20, 25, 25).status()).isEqualTo(409);
        assertThat(api.post(f.staff(), "/api/engagements/" + id + "/payments",
                Map.of("amount", "1.00", "paidOn", LocalDate.now().toString(), "reference", "X")).status()).isEqualTo(409);
        Response one = f.get(id);
        assertThat(one.get("state")).isEqualTo("CREATED");
        assertThat((List<?>) one.get("timeline")).hasSize(1);
    }

    @Test
    void supervisorsAreTheEnabledBureauUsers() {
        List<Map<String, Object>> supervisors = (List<Map<String, Object>>) (List<?>) api.get(f.staff(), "/api/engagements/supervisors").list();
        assertThat(supervisors).extracting(s -> ((Number) s.get("id")).longValue()).contains(f.staffId());
        assertThat(supervisors).extracting(s -> s.get("username")).contains("admin");
        assertThat(supervisors).allSatisfy(s -> assertThat((String) s.get("username")).doesNotStartWith("ag"));
    }

    @Test
    void englishMessagesOnRequest() {
        long id = f.create(unique("英文"));
        Response r = api.send(io.micronaut.http.HttpRequest.POST("/api/engagements/" + id + "/fieldwork", Map.of())
                .header("Accept-Language", "en"), f.staff());
        assertThat(r.get("message")).asString().startsWith("The engagement is in state CREATED");
    }
}
