package gov.bureau.portal.engagement;

import gov.bureau.portal.engagement.EngagementFixtures.Agency;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path through the API: selection by merit, the agency's confirmation, plan and report
 * review rounds, the coordination log, scoring, payments, settlement and closing; and what another
 * agency sees of it (nothing).
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class EngagementFlowTest extends IntegrationTest {

    private EngagementFixtures f;

    @BeforeAll
    void setUp() {
        f = new EngagementFixtures(api, unique("flw"));
    }

    private String path(long id, String rest) {
        return "/api/engagements/" + id + rest;
    }

    @Test
    void fromCommissionToSettlement() {
        Agency agency = EngagementFixtures.approvedAgency(unique("甲评价咨询有限公司"));
        String agencyToken = f.agencyToken(agency.id());
        Agency other = EngagementFixtures.approvedAgency(unique("乙会计师事务所"));
        String otherToken = f.agencyToken(other.id());
        long id = f.create(unique("全流程"));

        // eligibility and merit selection
        Response eligibility = api.get(f.staff(), path(id, "/eligibility"));
        assertThat(eligibility.status()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) eligibility.get("eligible")).extracting(r -> ((Number) r.get("agencyId")).longValue())
                .contains(agency.id(), other.id());
        Response noJustification = api.post(f.staff(), path(id, "/selection"), Map.of("method", "MERIT", "agencyId", agency.id()));
        assertThat(noJustification.status()).isEqualTo(422);
        assertThat(noJustification.errorFields()).containsExactly("justification");
        Response merit = api.post(f.staff(), path(id, "/selection"),
                Map.of("method", "MERIT", "agencyId", agency.id(), "justification", "同类业绩最多"));
        assertThat(merit.status()).as(merit.toString()).isEqualTo(200);
        assertThat(merit.get("method")).isEqualTo("MERIT");
        assertThat((List<Object>) merit.get("shortlist")).isNotEmpty();
        Response second = api.post(f.staff(), path(id, "/selection"), Map.of("method", "DRAW"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("SELECTION_PENDING");

        // the agency sees it, another agency does not
        assertThat(api.get(agencyToken, path(id, "")).status()).isEqualTo(200);
        assertThat(api.get(otherToken, path(id, "")).status()).isEqualTo(404);
        assertThat(api.post(otherToken, path(id, "/confirmation"), Map.of("accept", true, "noConflictOfInterest", true)).status()).isEqualTo(404);
        assertThat(api.get(otherToken, path(id, "/fee")).status()).isEqualTo(404);
        assertThat(api.get(otherToken, "/api/engagements").content()).extracting(r -> ((Number) r.get("id")).longValue()).doesNotContain(id);
        assertThat(api.get(agencyToken, "/api/engagements").content()).extracting(r -> ((Number) r.get("id")).longValue()).containsExactly(id);
        assertThat(api.get(agencyToken, path(id, "/selections")).status()).isEqualTo(403);

        // the agency is told in its inbox
        assertThat(api.get(agencyToken, "/api/inbox").content()).extracting(m -> m.get("title"))
                .anySatisfy(t -> assertThat((String) t).contains("贵机构被选定承接委托业务"));
        Response noDeclaration = api.post(agencyToken, path(id, "/confirmation"), Map.of("accept", true));
        assertThat(noDeclaration.status()).isEqualTo(422);
        assertThat(noDeclaration.errorFields()).containsExactly("noConflictOfInterest");
        f.confirm(id, agencyToken);
        assertThat(f.state(id)).isEqualTo("ACCEPTED_BY_AGENCY");
        assertThat(f.get(id).get("contractedOn")).isEqualTo(LocalDate.now().toString());

        // an advance before acceptance, up to 30 %
        Response tooMuch = api.post(f.staff(), path(id, "/payments"), Map.of("amount", "30000.01", "paidOn", LocalDate.now().toString(), "reference", "预付-1"));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.errorFields()).containsExactly("amount");
        Response advance = api.post(f.staff(), path(id, "/payments"), Map.of("amount", "30000.00", "paidOn", LocalDate.now().toString(), "reference", "预付-1"));
        assertThat(advance.status()).as(advance.toString()).isEqualTo(201);
        assertThat(advance.get("paidAmount")).isEqualTo(30000.00);
        assertThat(advance.get("payableAmount")).isNull();
        assertThat(((List<Map<String, Object>>) advance.get("payments")).get(0).get("kind")).isEqualTo("ADVANCE");

        // the plan: people must be the agency's, weights add up to 100; returned once, then approved
        Map<String, Object> plan = new java.util.HashMap<>(f.plan(agency, LocalDate.now().plusDays(5).toString()));
        plan.put("indicators", List.of(Map.of("name", "决策", "weight", 50), Map.of("name", "效益", "weight", 40)));
        plan.put("team", List.of(Map.of("personId", other.leadId(), "role", "LEAD")));
        Response badPlan = api.post(agencyToken, path(id, "/plans"), plan);
        assertThat(badPlan.status()).isEqualTo(422);
        assertThat(badPlan.errorFields()).containsExactlyInAnyOrder("team[0].personId", "team", "indicators");
        plan.put("team", List.of(Map.of("personId", agency.memberId(), "role", "LEAD")));
        assertThat(api.post(agencyToken, path(id, "/plans"), plan).errorFields()).contains("team[0].role");
        Response plan1 = api.post(agencyToken, path(id, "/plans"), f.plan(agency, LocalDate.now().plusDays(5).toString()));
        assertThat(plan1.status()).as(plan1.toString()).isEqualTo(201);
        assertThat(f.state(id)).isEqualTo("PLAN_SUBMITTED");
        assertThat(api.post(agencyToken, path(id, "/plans/" + plan1.id() + "/review"), Map.of("decision", "APPROVE")).status()).isEqualTo(403);
        Response returnWithout = api.post(f.staff(), path(id, "/plans/" + plan1.id() + "/review"), Map.of("decision", "RETURN"));
        assertThat(returnWithout.status()).isEqualTo(422);
        assertThat(returnWithout.errorFields()).containsExactly("comment");
        Response returned = api.post(f.staff(), path(id, "/plans/" + plan1.id() + "/review"), Map.of("decision", "RETURN", "comment", "抽样比例偏低"));
        assertThat(returned.get("status")).isEqualTo("RETURNED");
        assertThat(f.state(id)).isEqualTo("ACCEPTED_BY_AGENCY");
        assertThat(api.post(f.staff(), path(id, "/plans/" + plan1.id() + "/review"), Map.of("decision", "APPROVE")).status()).isEqualTo(409);
        long planDoc = f.upload(agencyToken, id, "PLAN", EngagementFixtures.pdf("plan v2"), "工作方案.pdf");
        Map<String, Object> plan2Form = new java.util.HashMap<>(f.plan(agency, LocalDate.now().plusDays(5).toString()));
        plan2Form.put("documentId", planDoc);
        Response plan2 = api.post(agencyToken, path(id, "/plans"), plan2Form);
        assertThat(plan2.get("round")).isEqualTo(2);
        assertThat(api.post(f.staff(), path(id, "/plans/" + plan2.id() + "/review"), Map.of("decision", "APPROVE", "comment", "同意")).get("status")).isEqualTo("APPROVED");
        List<Map<String, Object>> plans = api.get(agencyToken, path(id, "/plans")).list().stream().map(o -> (Map<String, Object>) o).toList();
        assertThat(plans).extracting(p -> p.get("status")).containsExactly("RETURNED", "APPROVED");
        assertThat(plans.get(0).get("reviewComment")).isEqualTo("抽样比例偏低");
        // who submitted and who reviewed, as people are named (display names, not user names)
        assertThat(plans).allSatisfy(p -> assertThat(String.valueOf(p.get("submittedBy"))).startsWith("机构用户 "))
                .allSatisfy(p -> assertThat(String.valueOf(p.get("reviewedBy"))).startsWith("测试 "));
        assertThat(plans).filteredOn(p -> p.get("document") != null).isNotEmpty()
                .allSatisfy(p -> assertThat(String.valueOf(((Map<?, ?>) p.get("document")).get("uploadedBy"))).startsWith("机构用户 "));

        // coordination log
        Response issue = api.post(agencyToken, path(id, "/issues"), Map.of("category", "DOCUMENTS", "description", "被评价单位资料未按时提供"));
        assertThat(issue.status()).isEqualTo(201);
        assertThat(issue.get("raisedBySide")).isEqualTo("AGENCY");
        assertThat(String.valueOf(issue.get("raisedBy"))).startsWith("机构用户 ");
        Response resolved = api.post(f.staff(), path(id, "/issues/" + issue.id() + "/resolution"), Map.of("resolution", "已协调，三日内提供"));
        assertThat(resolved.get("resolution")).isEqualTo("已协调，三日内提供");
        assertThat(String.valueOf(resolved.get("resolvedBy"))).startsWith("测试 ");
        assertThat(api.get(agencyToken, path(id, "/issues")).list()).extracting(i -> String.valueOf(((Map<?, ?>) i).get("resolvedBy")))
                .allSatisfy(n -> assertThat(n).startsWith("测试 "));
        assertThat(api.post(f.staff(), path(id, "/issues/" + issue.id() + "/resolution"), Map.of("resolution", "again")).status()).isEqualTo(409);

        // fieldwork and reports: a draft approved, a final returned, a final approved
        assertThat(api.post(agencyToken, path(id, "/fieldwork"), Map.of()).status()).isEqualTo(204);
        Response notPdf = api.send(io.micronaut.http.HttpRequest.POST(path(id, "/documents"),
                        io.micronaut.http.client.multipart.MultipartBody.builder().addPart("purpose", "REPORT")
                                .addPart("file", "报告.pdf", io.micronaut.http.MediaType.APPLICATION_PDF_TYPE, "PK\u0003\u0004 not a pdf".getBytes()).build())
                .contentType(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE), agencyToken);
        assertThat(notPdf.status()).isEqualTo(422);
        assertThat(notPdf.errorFields()).containsExactly("file");
        byte[] draftPdf = EngagementFixtures.pdf("draft");
        long draftDoc = f.upload(agencyToken, id, "REPORT", draftPdf, "初稿.pdf");
        Response docs = api.get(f.staff(), path(id, "/documents"));
        Map<String, Object> draftView = docs.list().stream().map(o -> (Map<String, Object>) o).filter(d -> ((Number) d.get("id")).longValue() == draftDoc).findFirst().orElseThrow();
        assertThat(draftView.get("sha256")).isEqualTo(gov.bureau.portal.documents.DocumentStore.sha256(draftPdf));
        Response download = api.send(io.micronaut.http.HttpRequest.GET(path(id, "/documents/" + draftDoc)).accept("application/pdf"), f.staff());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.raw()).startsWith("%PDF-");
        assertThat(api.send(io.micronaut.http.HttpRequest.GET(path(id, "/documents/" + draftDoc)).accept("application/pdf"), otherToken).status()).isEqualTo(404);

        assertThat(api.post(agencyToken, path(id, "/reports"), Map.of("kind", "SKETCH", "documentId", draftDoc)).status()).isEqualTo(400);
        Response draft = api.post(agencyToken, path(id, "/reports"), Map.of("kind", "DRAFT", "documentId", draftDoc, "summary", "初稿"));
        assertThat(draft.status()).isEqualTo(201);
        assertThat(List.of(draft.get("kind"), draft.get("status"))).containsExactly("DRAFT", "SUBMITTED");
        assertThat(api.post(f.staff(), path(id, "/reports/" + draft.id() + "/review"), Map.of("decision", "APPROVE")).status()).isEqualTo(200);
        assertThat(f.state(id)).isEqualTo("IN_FIELDWORK");
        long finalDoc = f.upload(agencyToken, id, "REPORT", EngagementFixtures.pdf("final"), "正式稿.pdf");
        Response final1 = api.post(agencyToken, path(id, "/reports"), Map.of("kind", "FINAL", "documentId", finalDoc));
        api.post(f.staff(), path(id, "/reports/" + final1.id() + "/review"), Map.of("decision", "RETURN", "comment", "数据来源需注明"));
        assertThat(f.state(id)).isEqualTo("IN_FIELDWORK");
        Response final2 = api.post(agencyToken, path(id, "/reports"), Map.of("kind", "FINAL", "documentId", finalDoc));
        assertThat(final2.get("round")).isEqualTo(3);
        api.post(f.staff(), path(id, "/reports/" + final2.id() + "/review"), Map.of("decision", "APPROVE"));
        assertThat(f.state(id)).isEqualTo("REPORT_APPROVED");

        // scoring: points above a maximum change nothing
        Response template = api.get(f.staff(), "/api/scoring-templates/current");
        assertThat((List<Object>) template.get("items")).hasSize(5);
        Response above = f.assess(f.staff(), id, 16, 15, 20, 25, 25);
        assertThat(above.status()).isEqualTo(422);
        assertThat(above.errorFields()).containsExactly("scores[0].points");
        assertThat(above.fieldErrors().get(0).get("message")).isEqualTo("得分不能超过该项满分 15 分");
        assertThat(f.state(id)).isEqualTo("REPORT_APPROVED");
        assertThat(api.get(f.staff(), path(id, "/assessment")).status()).isEqualTo(404);
        Response scored = f.assess(f.staff(), id, 14, 13, 17, 20, 21);
        assertThat(scored.status()).as(scored.toString()).isEqualTo(200);
        assertThat(scored.get("total")).isEqualTo(85.0);
        assertThat(scored.get("grade")).isEqualTo("GOOD");
        assertThat(scored.get("feeRatio")).isEqualTo(0.95);
        assertThat(scored.get("payableAmount")).isEqualTo(95000.00);
        assertThat(f.state(id)).isEqualTo("ACCEPTED");

        // corrected before any payment
        Response corrected = f.assess(f.staff(), id, 15, 14, 18, 22, 22);
        assertThat(corrected.get("grade")).isEqualTo("EXCELLENT");
        assertThat(corrected.get("payableAmount")).isEqualTo(100000.00);
        Response fee = api.get(agencyToken, path(id, "/fee"));
        assertThat(fee.get("fee")).isEqualTo(100000.00);
        assertThat(fee.get("feeRatio")).isEqualTo(1.0);
        assertThat(fee.get("payableAmount")).isEqualTo(100000.00);
        assertThat(fee.get("paidAmount")).isEqualTo(30000.00);
        assertThat(fee.get("remaining")).isEqualTo(70000.00);
        assertThat(fee.get("paymentsOpen")).isEqualTo(true);

        // a payment above what is payable is refused; a payment locks the score
        Response over = api.post(f.staff(), path(id, "/payments"), Map.of("amount", "70000.01", "paidOn", LocalDate.now().toString(), "reference", "尾款"));
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.fieldErrors().get(0).get("message")).asString().contains("100000.00").contains("70000.00");
        Response part = api.post(f.staff(), path(id, "/payments"), Map.of("amount", "50000.00", "paidOn", LocalDate.now().toString(), "reference", "进度款"));
        assertThat(part.get("locked")).isEqualTo(true);
        Response locked = f.assess(f.staff(), id, 10, 10, 10, 10, 10);
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.code()).isEqualTo("ACCEPTANCE_LOCKED");

        // an ADMIN reopens it with a reason; the new score makes part of the paid amount recoverable
        assertThat(api.post(f.staff(), path(id, "/assessment/reopening"), Map.of("reason", "复核")).status()).isEqualTo(403);
        Response reopened = api.post(f.admin(), path(id, "/assessment/reopening"), Map.of("reason", "异议复核：沟通配合评分有误"));
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.get("reopened")).isEqualTo(true);
        assertThat(api.post(f.staff(), path(id, "/payments"), Map.of("amount", "1.00", "paidOn", LocalDate.now().toString(), "reference", "x")).code())
                .isEqualTo("ACCEPTANCE_REOPENED");
        assertThat(api.get(f.staff(), path(id, "/fee")).get("paymentsOpen")).isEqualTo(false);
        Response rescored = f.assess(f.staff(), id, 12, 12, 13, 15, 14);
        assertThat(rescored.get("grade")).isEqualTo("PASS");
        assertThat(rescored.get("payableAmount")).isEqualTo(85000.00);
        Response afterRescore = api.get(f.staff(), path(id, "/fee"));
        assertThat(afterRescore.get("remaining")).isEqualTo(5000.00);
        Response history = api.get(f.staff(), path(id, "/assessment"));
        assertThat((List<Object>) history.get("history")).hasSize(3);
        assertThat((List<Object>) history.get("items")).hasSize(5);
        assertThat(((Number) history.get("maxTotal")).doubleValue()).as("the template's maximum, printed on the sheet").isEqualTo(100.0);

        // the last payment settles it; closing archives it
        Response last = api.post(f.staff(), path(id, "/payments"), Map.of("amount", "5000.00", "paidOn", LocalDate.now().toString(), "reference", "尾款"));
        assertThat(last.status()).isEqualTo(201);
        assertThat(last.get("remaining")).isEqualTo(0.0);
        assertThat(f.state(id)).isEqualTo("SETTLED");
        assertThat(last.get("paymentsOpen")).isEqualTo(false);
        Response pdf = api.send(io.micronaut.http.HttpRequest.GET(path(id, "/assessment/sheet")).accept("application/pdf"), agencyToken);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.raw()).startsWith("%PDF-");
        assertThat(api.post(f.staff(), path(id, "/closure"), Map.of()).get("state")).isEqualTo("CLOSED");

        Response detail = f.get(id);
        assertThat((List<Map<String, Object>>) detail.get("timeline")).extracting(t -> t.get("toState")).containsExactly(
                "CREATED", "AGENCY_SELECTED", "ACCEPTED_BY_AGENCY", "PLAN_SUBMITTED", "ACCEPTED_BY_AGENCY", "PLAN_SUBMITTED",
                "PLAN_APPROVED", "IN_FIELDWORK", "REPORT_SUBMITTED", "IN_FIELDWORK", "REPORT_SUBMITTED", "IN_FIELDWORK",
                "REPORT_SUBMITTED", "REPORT_APPROVED", "ACCEPTED", "SETTLED", "CLOSED");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) detail.get("timeline");
        // the portal's code and a person's comment in their own fields: draft approved, then the final returned
        assertThat(Arrays.asList(steps.get(9).get("code"), steps.get(9).get("note"))).containsExactly("DRAFT_APPROVED", null);
        assertThat(Arrays.asList(steps.get(11).get("code"), steps.get(11).get("note"))).containsExactly(null, "数据来源需注明");
        Response audit = api.get(f.admin(), "/api/audit-log?entityType=Engagement&size=100&entityId=" + id);
        assertThat(audit.content()).extracting(e -> e.get("action")).contains("ACCEPTANCE_REOPENED", "ACCEPTANCE_RESCORED",
                "PAYMENT_RECORDED", "ENGAGEMENT_CONFIRMED", "ENGAGEMENT_PLAN_RETURNED");
    }

    @Test
    void anAgencyApprovedThroughRegistrationTakesAnEngagementWithItsRegisteredTeam() {
        gov.bureau.portal.support.Agencies.Registered registered = gov.bureau.portal.support.Roles.approvedAgency(api);
        // its declared interest relationship (南京市某区审计局) excludes it where that unit is evaluated
        Response conflicted = api.post(f.staff(), "/api/engagements", f.form(unique("审计局评价"), "某市财政局", "南京市某区审计局"));
        Response eligibility = api.get(f.staff(), path(conflicted.id(), "/eligibility"));
        assertThat((List<Map<String, Object>>) eligibility.get("excluded"))
                .filteredOn(x -> ((Number) x.get("agencyId")).longValue() == registered.id())
                .singleElement().satisfies(x -> assertThat(x.get("reason")).isEqualTo("INTEREST_RELATIONSHIP"));

        long id = f.create(unique("注册机构承接"));
        Map<String, Object> ranked = ((List<Map<String, Object>>) api.get(f.staff(), path(id, "/eligibility")).get("eligible")).stream()
                .filter(r -> ((Number) r.get("agencyId")).longValue() == registered.id()).findFirst().orElseThrow();
        assertThat(ranked.get("trackRecordSameType")).isEqualTo(1);
        assertThat(ranked.get("qualifiedLeadEvaluators")).isEqualTo(1);
        f.merit(id, registered.id());
        f.confirm(id, registered.token());
        List<Map<String, Object>> people = api.get(registered.token(), path(id, "/people")).list().stream()
                .map(o -> (Map<String, Object>) o).toList();
        Map<String, Object> lead = people.stream().filter(p -> "LEAD_EVALUATOR".equals(p.get("role"))).findFirst().orElseThrow();
        Map<String, Object> other = people.stream().filter(p -> !"LEAD_EVALUATOR".equals(p.get("role"))).findFirst().orElseThrow();
        Map<String, Object> plan = new java.util.HashMap<>(f.plan(new Agency(registered.id(), registered.name(), 0, 0),
                LocalDate.now().plusDays(7).toString()));
        plan.put("team", List.of(Map.of("personId", lead.get("id"), "role", "LEAD"), Map.of("personId", other.get("id"), "role", "MEMBER")));
        Response submitted = api.post(registered.token(), path(id, "/plans"), plan);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat((List<Map<String, Object>>) submitted.get("team")).extracting(t -> t.get("name")).contains("张主评");
    }

    @Test
    void aFailPaysNothingUntilTheWorkIsRedoneAndScoredAgain() {
        Agency agency = EngagementFixtures.approvedAgency(unique("丙评估公司"));
        String agencyToken = f.agencyToken(agency.id());
        long id = f.reportApproved(unique("不合格"), agency, agencyToken);
        Response failed = f.assess(f.staff(), id, 10, 10, 10, 15, 14);
        assertThat(failed.get("grade")).isEqualTo("FAIL");
        assertThat(failed.get("payableAmount")).isEqualTo(0.0);
        Response refused = api.post(f.staff(), path(id, "/payments"), Map.of("amount", "0.01", "paidOn", LocalDate.now().toString(), "reference", "x"));
        assertThat(refused.status()).isEqualTo(422);
        long doc = f.upload(agencyToken, id, "REPORT", EngagementFixtures.pdf("redo"), "重做.pdf");
        Response redo = api.post(agencyToken, path(id, "/reports"), Map.of("kind", "FINAL", "documentId", doc, "summary", "按意见重做"));
        assertThat(redo.status()).as(redo.toString()).isEqualTo(201);
        api.post(f.staff(), path(id, "/reports/" + redo.id() + "/review"), Map.of("decision", "APPROVE"));
        Response again = f.assess(f.staff(), id, 13, 13, 16, 20, 20);
        assertThat(again.get("grade")).isEqualTo("GOOD");
        assertThat(again.get("round")).isEqualTo(2);
        assertThat(api.post(f.staff(), path(id, "/payments"), Map.of("amount", "95000.00", "paidOn", LocalDate.now().toString(), "reference", "全款")).status()).isEqualTo(201);
        assertThat(f.state(id)).isEqualTo("SETTLED");
        // a passed acceptance cannot be redone
        assertThat(api.post(agencyToken, path(id, "/reports"), Map.of("kind", "FINAL", "documentId", doc)).status()).isEqualTo(409);
    }

    @Test
    void anAdvanceAboveWhatTheScoreAllowsBecomesAnAmountToRecover() {
        Agency agency = EngagementFixtures.approvedAgency(unique("丁咨询公司"));
        String agencyToken = f.agencyToken(agency.id());
        long id = f.create(unique("追回"));
        f.merit(id, agency.id());
        f.confirm(id, agencyToken);
        api.post(f.staff(), path(id, "/payments"), Map.of("amount", "30000.00", "paidOn", LocalDate.now().toString(), "reference", "预付"));
        // take it on to REPORT_APPROVED
        Response plan = api.post(agencyToken, path(id, "/plans"), f.plan(agency, LocalDate.now().plusDays(3).toString()));
        api.post(f.staff(), path(id, "/plans/" + plan.id() + "/review"), Map.of("decision", "APPROVE"));
        api.post(f.staff(), path(id, "/fieldwork"), Map.of());
        long doc = f.upload(agencyToken, id, "REPORT", EngagementFixtures.pdf("r"), "r.pdf");
        Response report = api.post(agencyToken, path(id, "/reports"), Map.of("kind", "FINAL", "documentId", doc));
        api.post(f.staff(), path(id, "/reports/" + report.id() + "/review"), Map.of("decision", "APPROVE"));
        f.assess(f.staff(), id, 5, 5, 5, 5, 5);
        Response fee = api.get(f.staff(), path(id, "/fee"));
        assertThat(fee.get("payableAmount")).isEqualTo(0.0);
        assertThat(fee.get("remaining")).isEqualTo(-30000.00);
        assertThat(fee.get("toRecover")).isEqualTo(30000.00);
        assertThat(fee.get("paymentsOpen")).isEqualTo(true);
        Response tooMuch = api.post(f.staff(), path(id, "/payments"), Map.of("amount", "30000.01", "paidOn", LocalDate.now().toString(), "reference", "追回", "kind", "RECOVERY"));
        assertThat(tooMuch.status()).isEqualTo(422);
        Response recovered = api.post(f.staff(), path(id, "/payments"), Map.of("amount", "30000.00", "paidOn", LocalDate.now().toString(), "reference", "追回", "kind", "RECOVERY"));
        assertThat(recovered.get("paidAmount")).isEqualTo(0.0);
        assertThat(recovered.get("toRecover")).isEqualTo(0.0);
        // a FAIL with nothing left to recover takes no further payment
        assertThat(recovered.get("paymentsOpen")).isEqualTo(false);
    }

    @Test
    void aPaymentDatedInTheFutureOrWithoutReferenceIsRefused() {
        Agency agency = EngagementFixtures.approvedAgency(unique("戊公司"));
        long id = f.create(unique("付款校验"));
        assertThat(api.get(f.staff(), path(id, "/fee")).get("paymentsOpen")).isEqualTo(false);
        f.merit(id, agency.id());
        f.confirm(id, f.agencyToken(agency.id()));
        Response future = api.post(f.staff(), path(id, "/payments"), Map.of("amount", "1.00", "paidOn", LocalDate.now().plusDays(1).toString(), "reference", "x"));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.errorFields()).containsExactly("paidOn");
        Response noRef = api.post(f.staff(), path(id, "/payments"), Map.of("amount", "1.00", "paidOn", LocalDate.now().toString()));
        assertThat(noRef.status()).isEqualTo(400);
        assertThat(noRef.errorFields()).containsExactly("reference");
        Response fine = api.post(f.staff(), path(id, "/payments"), Map.of("amount", "1.001", "paidOn", LocalDate.now().toString(), "reference", "x"));
        assertThat(fine.status()).isEqualTo(400);
        assertThat(api.post(f.staff(), path(id, "/payments"), Map.of("amount", "1.00", "paidOn", LocalDate.now().toString(), "reference", "x",
                "kind", "REFUND")).status()).isEqualTo(400);
        assertThat(api.get(f.staff(), path(id, "/fee")).get("paidAmount")).isEqualTo(0.0);
        assertThat(api.get(f.staff(), path(id, "/fee")).get("paymentsOpen")).isEqualTo(true);
    }
}
