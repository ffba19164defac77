package gov.bureau.portal.agency;

import gov.bureau.portal.agency.validation.ResidentId;
import gov.bureau.portal.support.Agencies;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Registration → profile → submission → review in rounds → the pool → change requests → pool management. */
@MicronautTest(transactional = false)
class AgencyLifecycleApiTest extends IntegrationTest {

    @Inject
    AgencyDirectory directory;

    String staff;
    String admin;

    @BeforeAll
    void bureau() {
        staff = Users.tokenFor(api, unique("rev"), "STAFF");
        admin = Users.adminToken(api);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    @Test
    void aDraftSavesIncompleteButNotWrongData() {
        Agencies.Registered a = Agencies.register(api);
        Map<String, Object> profile = Agencies.completeProfile(a.name(), a.uscc());
        profile.put("legalRepresentative", Map.of("name", "陈法人", "idType", "RESIDENT_ID", "idNumber", "11010519491231002Y"));
        Map<String, Object> lead = new HashMap<>(list(profile.get("leadEvaluators")).get(0));
        lead.put("certificates", List.of(Map.of("certType", "注册会计师", "certNumber", "1", "issuedOn", "2020-01-01",
                "expiresOn", "2019-01-01")));
        profile.put("leadEvaluators", List.of(lead));
        Response wrong = api.put(a.token(), "/api/agencies/me", profile);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.errorFields()).containsExactlyInAnyOrder("legalRepresentative.idNumber",
                "leadEvaluators[0].certificates[0].expiresOn");
        // nothing of the refused save was kept
        assertThat(map(api.get(a.token(), "/api/agencies/me").get("profile")).get("leadEvaluators")).isEqualTo(List.of());

        Map<String, Object> partial = new HashMap<>(Map.of("name", a.name(), "uscc", a.uscc(), "agencyType", "CONSULTING",
                "contactName", "王", "contactPhone", "13800138000", "email", "a@example.cn", "registeredAddress", "南京"));
        Response saved = api.put(a.token(), "/api/agencies/me", partial);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(map(saved.get("profile"))).containsEntry("agencyType", "CONSULTING").containsEntry("registeredAddress", "南京");

        Response incomplete = api.post(a.token(), "/api/agencies/me/submission", null);
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.code()).isEqualTo("PROFILE_INCOMPLETE");
        assertThat(incomplete.errorFields()).contains("legalRepresentative.name", "leadEvaluators", "documents",
                "declarationAccepted", "foundedOn");
        assertThat(incomplete.fieldErrors().stream().map(f -> (String) f.get("message")))
                .anyMatch(m -> m.startsWith("法定代表人：")).anyMatch(m -> m.startsWith("证明材料："));
        assertThat(api.get(a.token(), "/api/agencies/me").get("status")).isEqualTo("DRAFT");
    }

    @Test
    void staleVersionIsAConflict() {
        Agencies.Registered a = Agencies.register(api);
        long version = ((Number) api.get(a.token(), "/api/agencies/me").get("version")).longValue();
        Map<String, Object> profile = Agencies.completeProfile(a.name(), a.uscc());
        assertThat(api.put(a.token(), "/api/agencies/me?version=" + version, profile).status()).isEqualTo(200);
        Response stale = api.put(a.token(), "/api/agencies/me?version=" + version, profile);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("STALE_VERSION");
    }

    @Test
    void returnFixResubmitApproveAndTheDirectorySeesIt() {
        Agencies.Registered a = Agencies.register(api);
        Agencies.submitComplete(api, a);
        Response me = api.get(a.token(), "/api/agencies/me");
        assertThat(me.json()).containsEntry("status", "SUBMITTED").containsEntry("editable", false);
        assertThat(api.put(a.token(), "/api/agencies/me", Agencies.completeProfile(a.name(), a.uscc())).code())
                .isEqualTo("UNDER_REVIEW");

        Response queue = api.get(staff, "/api/agencies?pendingReview=true&q=" + a.uscc() + "&size=100");
        assertThat(queue.content()).extracting(r -> ((Number) r.get("id")).longValue()).containsExactly(a.id());

        // the reviewer sees the profile with ID numbers masked, and the version waiting
        Response forStaff = api.get(staff, "/api/agencies/" + a.id());
        Map<String, Object> pending = map(forStaff.get("pendingReview"));
        assertThat(map(pending.get("version"))).containsEntry("number", 1).containsEntry("kind", "REGISTRATION");
        assertThat((String) map(map(forStaff.get("profile")).get("legalRepresentative")).get("idNumber")).contains("********");
        assertThat(forStaff.raw()).doesNotContain(ResidentId.compose("320106", LocalDate.of(1972, 3, 14), 215));

        Response noReason = api.post(staff, "/api/agencies/" + a.id() + "/review", Map.of("decision", "RETURN"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.errorFields()).containsExactly("comment");
        Response returned = api.post(staff, "/api/agencies/" + a.id() + "/review", Map.of("decision", "RETURN",
                "comment", "注册资本与营业执照不一致", "fieldComments", List.of(Map.of("field", "registeredCapital",
                        "comment", "营业执照载明 600 万元"))));
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(returned.get("status")).isEqualTo("RETURNED");
        assertThat(api.post(staff, "/api/agencies/" + a.id() + "/review", Map.of("decision", "APPROVE")).code())
                .isEqualTo("NOTHING_TO_REVIEW");

        // the agency sees the reason beside the field, and a message in its inbox
        Response mine = api.get(a.token(), "/api/agencies/me");
        Map<String, Object> review = map(mine.get("lastReview"));
        assertThat(review).containsEntry("decision", "RETURN").containsEntry("comment", "注册资本与营业执照不一致");
        assertThat(list(review.get("fieldComments"))).containsExactly(Map.of("field", "registeredCapital",
                "comment", "营业执照载明 600 万元"));
        assertThat(api.get(a.token(), "/api/inbox/unread-count").get("count")).isEqualTo(1);
        Response inbox = api.get(a.token(), "/api/inbox");
        assertThat((String) inbox.content().get(0).get("title")).contains("退回");
        assertThat(inbox.content().get(0).get("body")).isEqualTo("注册资本与营业执照不一致");

        Map<String, Object> fixed = Agencies.completeProfile(a.name(), a.uscc());
        fixed.put("registeredCapital", "6000000.00");
        fixed.put("leadEvaluators", list(map(mine.get("profile")).get("leadEvaluators")));
        assertThat(api.put(a.token(), "/api/agencies/me", fixed).status()).isEqualTo(200);
        assertThat(api.post(a.token(), "/api/agencies/me/submission", null).get("status")).isEqualTo("SUBMITTED");

        // the reviewer sees exactly what changed since the returned version
        Map<String, Object> second = map(api.get(staff, "/api/agencies/" + a.id()).get("pendingReview"));
        assertThat(map(second.get("version"))).containsEntry("number", 2).containsEntry("baseNumber", 1);
        assertThat(list(second.get("changes"))).extracting(c -> c.get("block") + "." + c.get("field") + ":" + c.get("before")
                + "→" + c.get("after")).containsExactly("basic.registeredCapital:5000000.00→6000000.00");

        Response approved = api.post(staff, "/api/agencies/" + a.id() + "/review", Map.of("decision", "APPROVE", "comment", "通过"));
        assertThat(approved.get("status")).isEqualTo("APPROVED");
        assertThat(approved.get("confirmedYear")).isEqualTo(LocalDate.now().getYear());

        Response versions = api.get(a.token(), "/api/agencies/" + a.id() + "/versions");
        assertThat(versions.list()).extracting(v -> map(v).get("number") + ":" + map(v).get("state"))
                .containsExactly("2:APPROVED", "1:RETURNED");

        Response directoryList = api.get(null, "/api/public/agencies?q=" + a.uscc());
        assertThat(directoryList.content()).hasSize(1);
        assertThat(directoryList.content().get(0)).containsEntry("name", a.name()).containsEntry("status", "APPROVED")
                .containsEntry("blacklisted", false).containsKey("creditGrade");

        PoolMember member = directory.poolMembers().stream().filter(m -> m.id() == a.id()).findFirst().orElseThrow();
        assertThat(member.qualifiedLeadEvaluators()).isEqualTo(1);
        assertThat(member.interestUnits()).containsExactly("南京市某区审计局");
        assertThat(member.trackRecordByWorkType()).isEqualTo(Map.of("KEY_EVALUATION", 1));
        assertThat(directory.people(a.id())).extracting(AgencyPerson::role).containsExactly("LEAD_EVALUATOR", "EXPERT", "OTHER");
    }

    @Test
    void aChangeRequestLeavesTheApprovedProfileInForceUntilApproved() {
        Agencies.Registered a = Agencies.approved(api);
        long leadId = directory.people(a.id()).get(0).id();
        Response mine = api.get(a.token(), "/api/agencies/me");
        Map<String, Object> profile = new HashMap<>(map(mine.get("profile")));
        String newName = a.name() + "（特殊普通合伙）";
        profile.put("name", newName);
        List<Map<String, Object>> leads = new ArrayList<>(list(profile.get("leadEvaluators")));
        Map<String, Object> lead = new HashMap<>(leads.get(0));
        lead.put("title", "正高级会计师");
        leads.set(0, lead);
        profile.put("leadEvaluators", leads);
        Response saved = api.put(a.token(), "/api/agencies/me", profile);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json()).containsEntry("status", "APPROVED").containsEntry("changeState", "EDITING");
        assertThat(map(saved.get("profile"))).containsEntry("name", newName);

        // in force: the approved profile
        assertThat(api.get(staff, "/api/agencies/" + a.id()).get("name")).isEqualTo(a.name());
        assertThat(api.get(null, "/api/public/agencies?q=" + a.uscc()).content().get(0).get("name")).isEqualTo(a.name());
        assertThat(directory.find(a.id()).orElseThrow().name()).isEqualTo(a.name());

        Response upload = Agencies.upload(api, a.token(), "QUALITY_CONTROL", "质量控制制度.pdf", Agencies.pdf(),
                MediaType.APPLICATION_PDF_TYPE);
        assertThat(upload.status()).isEqualTo(201);
        assertThat(api.post(a.token(), "/api/agencies/me/submission", null).get("changeState")).isEqualTo("SUBMITTED");

        Map<String, Object> pending = map(api.get(staff, "/api/agencies/" + a.id()).get("pendingReview"));
        assertThat(map(pending.get("version"))).containsEntry("kind", "CHANGE").containsEntry("baseNumber", 1);
        assertThat(list(pending.get("changes"))).extracting(c -> c.get("block") + "." + c.get("field") + "." + c.get("kind"))
                .containsExactlyInAnyOrder("basic.name.CHANGED", "leadEvaluators.title.CHANGED", "documents.null.ADDED");

        assertThat(api.post(staff, "/api/agencies/" + a.id() + "/review", Map.of("decision", "APPROVE")).status()).isEqualTo(200);
        Response after = api.get(staff, "/api/agencies/" + a.id());
        assertThat(after.json()).containsEntry("name", newName).containsEntry("changeState", null);
        assertThat(list(map(after.get("profile")).get("documents"))).hasSize(2);
        assertThat(directory.people(a.id())).extracting(AgencyPerson::id, AgencyPerson::title)
                .contains(org.assertj.core.groups.Tuple.tuple(leadId, "正高级会计师"));
        assertThat(api.get(a.token(), "/api/agencies/" + a.id() + "/versions").list())
                .extracting(v -> map(v).get("number") + ":" + map(v).get("state")).containsExactly("2:APPROVED", "1:SUPERSEDED");
    }

    @Test
    void aReturnedChangeCanBeDiscardedAndARejectedOneLeavesTheApprovedProfile() {
        Agencies.Registered a = Agencies.approved(api);
        Map<String, Object> profile = new HashMap<>(map(api.get(a.token(), "/api/agencies/me").get("profile")));
        profile.put("registeredAddress", "新地址 1 号");
        api.put(a.token(), "/api/agencies/me", profile);
        api.post(a.token(), "/api/agencies/me/submission", null);
        assertThat(api.delete(a.token(), "/api/agencies/me/change", null).code()).isEqualTo("CHANGE_UNDER_REVIEW");
        api.post(staff, "/api/agencies/" + a.id() + "/review", Map.of("decision", "RETURN", "comment", "请附证明"));
        Response discarded = api.delete(a.token(), "/api/agencies/me/change", null);
        assertThat(discarded.json()).containsEntry("changeState", null);
        Object approvedAddress = Agencies.completeProfile(a.name(), a.uscc()).get("registeredAddress"); // each agency its own (issue 16)
        assertThat(map(discarded.get("profile")).get("registeredAddress")).isEqualTo(approvedAddress);

        api.put(a.token(), "/api/agencies/me", profile);
        api.post(a.token(), "/api/agencies/me/submission", null);
        Response rejected = api.post(staff, "/api/agencies/" + a.id() + "/review", Map.of("decision", "REJECT", "comment", "地址无法核实"));
        assertThat(rejected.json()).containsEntry("status", "APPROVED").containsEntry("changeState", "REJECTED");
        assertThat(map(api.get(a.token(), "/api/agencies/me").get("profile")).get("registeredAddress"))
                .isEqualTo(approvedAddress);
        assertThat(api.post(a.token(), "/api/agencies/me/submission", null).code()).isEqualTo("NOTHING_TO_SUBMIT");
    }

    @Test
    void suspendReinstateAndWithdrawNeedReasonsAndAllowedStates() {
        Agencies.Registered a = Agencies.approved(api);
        String path = "/api/agencies/" + a.id();
        assertThat(api.post(staff, path + "/suspension", Map.of()).status()).isEqualTo(400);
        assertThat(api.post(staff, path + "/reinstatement", Map.of("reason", "x")).code()).isEqualTo("STATUS_CONFLICT");
        assertThat(api.post(staff, path + "/suspension", Map.of("reason", "执业质量检查发现问题")).get("status")).isEqualTo("SUSPENDED");
        assertThat(api.post(staff, path + "/suspension", Map.of("reason", "again")).status()).isEqualTo(409);
        assertThat(directory.poolMembers()).extracting(PoolMember::id).doesNotContain(a.id());
        assertThat(api.get(null, "/api/public/agencies?q=" + a.uscc()).content().get(0).get("status")).isEqualTo("SUSPENDED");
        Response reinstated = api.post(admin, path + "/reinstatement", Map.of("reason", "整改完成"));
        assertThat(reinstated.get("status")).isEqualTo("APPROVED");
        assertThat(list(reinstated.get("statusHistory"))).extracting(h -> h.get("toStatus") + ":" + h.get("reason"))
                .containsExactly("APPROVED:整改完成", "SUSPENDED:执业质量检查发现问题");
        // who changed the status, as people are named (the display name, not the user name)
        assertThat(String.valueOf(list(reinstated.get("statusHistory")).get(1).get("actorName"))).startsWith("测试 rev");

        assertThat(api.post(a.token(), "/api/agencies/me/annual-confirmation", null).get("confirmedYear"))
                .isEqualTo(LocalDate.now().getYear());
        Response withdrawn = api.post(a.token(), "/api/agencies/me/withdrawal", Map.of("reason", "业务调整，申请退出"));
        assertThat(withdrawn.json()).containsEntry("status", "WITHDRAWN").containsEntry("editable", false);
        assertThat(api.get(null, "/api/public/agencies?q=" + a.uscc()).content()).isEmpty();
        assertThat(api.put(a.token(), "/api/agencies/me", Agencies.completeProfile(a.name(), a.uscc())).code())
                .isEqualTo("NOT_EDITABLE");
        assertThat(api.get(a.token(), "/api/inbox?size=100").content()).extracting(m -> (String) m.get("title"))
                .anyMatch(t -> t.contains("暂停")).anyMatch(t -> t.contains("恢复")).anyMatch(t -> t.contains("退出"));
        String audit = api.get(admin, "/api/audit-log?entity=Agency&size=100").raw();
        assertThat(audit).contains("AGENCY_SUSPENDED", "AGENCY_REINSTATED", "AGENCY_WITHDRAWN", "AGENCY_REVIEWED");
    }

    @Test
    void aRejectedRegistrationIsFinal() {
        Agencies.Registered a = Agencies.register(api);
        Agencies.submitComplete(api, a);
        assertThat(api.post(staff, "/api/agencies/" + a.id() + "/review", Map.of("decision", "REJECT", "comment", "资质不符"))
                .get("status")).isEqualTo("REJECTED");
        assertThat(api.post(a.token(), "/api/agencies/me/submission", null).code()).isEqualTo("NOT_EDITABLE");
        assertThat(api.get(null, "/api/public/agencies/" + a.id()).status()).isEqualTo(404);
    }

    @Test
    void anAgencySeesOnlyItself() {
        Agencies.Registered mine = Agencies.approved(api);
        Agencies.Registered other = Agencies.register(api);
        assertThat(api.get(mine.token(), "/api/agencies/" + mine.id()).status()).isEqualTo(200);
        assertThat(api.get(mine.token(), "/api/agencies/" + other.id()).status()).isEqualTo(404);
        assertThat(api.get(mine.token(), "/api/agencies/" + other.id() + "/versions").status()).isEqualTo(404);
        assertThat(api.get(mine.token(), "/api/agencies/" + other.id() + "/versions/1").status()).isEqualTo(404);
        assertThat(api.get(mine.token(), "/api/agencies/" + mine.id() + "/versions/99").status()).isEqualTo(404);
        assertThat(api.get(mine.token(), "/api/agencies/987654321").status()).isEqualTo(404);
        assertThat(api.post(mine.token(), "/api/agencies/" + other.id() + "/review", Map.of("decision", "APPROVE")).status())
                .isEqualTo(403);
        // the agency itself sees its own ID numbers whole
        assertThat((String) map(map(api.get(mine.token(), "/api/agencies/" + mine.id()).get("profile"))
                .get("legalRepresentative")).get("idNumber")).doesNotContain("*");
    }

    @Test
    void versionsAreListedWithTheirReviewsAndOneIsReadWholeWithWhatChanged() {
        Agencies.Registered a = Agencies.register(api);
        Agencies.submitComplete(api, a);
        api.post(staff, "/api/agencies/" + a.id() + "/review", Map.of("decision", "RETURN", "comment", "请核实注册资本",
                "fieldComments", List.of(Map.of("field", "registeredCapital", "comment", "与执照不符"))));
        Map<String, Object> profile = new HashMap<>(map(api.get(a.token(), "/api/agencies/me").get("profile")));
        profile.put("registeredCapital", "8000000.00");
        assertThat(api.put(a.token(), "/api/agencies/me", profile).status()).isEqualTo(200);
        assertThat(api.post(a.token(), "/api/agencies/me/submission", null).status()).isEqualTo(200);

        List<Map<String, Object>> versions = list(api.get(a.token(), "/api/agencies/" + a.id() + "/versions").list());
        assertThat(versions).extracting(v -> v.get("number") + ":" + v.get("state") + ":" + v.get("baseNumber"))
                .containsExactly("2:SUBMITTED:1", "1:RETURNED:null");
        assertThat(versions.get(0).get("review")).isNull();
        assertThat(map(versions.get(1).get("review"))).containsEntry("versionNumber", 1).containsEntry("decision", "RETURN")
                .containsEntry("comment", "请核实注册资本");
        assertThat(list(map(versions.get(1).get("review")).get("fieldComments"))).hasSize(1);
        // who submitted and who reviewed, as people are named: the agency's account by the agency's name, staff by 测试 …
        assertThat(versions).extracting(v -> v.get("submittedBy")).containsOnly(a.name());
        assertThat(String.valueOf(map(versions.get(1).get("review")).get("reviewerName"))).startsWith("测试 rev");

        Response first = api.get(staff, "/api/agencies/" + a.id() + "/versions/1");
        assertThat(map(map(first.get("version")).get("review"))).containsEntry("decision", "RETURN");
        assertThat(String.valueOf(map(map(first.get("version")).get("review")).get("reviewerName"))).startsWith("测试 rev");
        assertThat(map(first.get("version"))).containsEntry("submittedBy", a.name());
        assertThat(list(first.get("changes"))).isEmpty();
        assertThat(new java.math.BigDecimal(String.valueOf(map(first.get("profile")).get("registeredCapital"))))
                .isEqualByComparingTo("5000000");
        Response second = api.get(a.token(), "/api/agencies/" + a.id() + "/versions/2");
        assertThat(map(second.get("version"))).containsEntry("number", 2).containsEntry("baseNumber", 1)
                .containsEntry("review", null);
        assertThat(list(second.get("changes"))).extracting(c -> c.get("block") + "." + c.get("field") + "." + c.get("kind"))
                .containsExactly("basic.registeredCapital.CHANGED");

        assertThat(map(api.get(a.token(), "/api/agencies/me").get("lastReview"))).containsEntry("versionNumber", 1);
        assertThat(String.valueOf(map(api.get(staff, "/api/agencies/" + a.id()).get("lastReview")).get("reviewerName")))
                .startsWith("测试 rev");
    }

    @Test
    void savingAgainReplacesCertificatesAndKeepsPeopleByTheirIds() {
        Agencies.Registered a = Agencies.register(api);
        Map<String, Object> profile = Agencies.completeProfile(a.name(), a.uscc());
        profile.put("leadEvaluators", List.of(
                Agencies.person("甲主评", ResidentId.compose("320102", LocalDate.of(1980, 5, 12), 123), "高级会计师", List.of(
                        Map.of("certType", "注册会计师", "certNumber", "C-1", "expiresOn", LocalDate.now().plusYears(2).toString()),
                        Map.of("certType", "税务师", "certNumber", "C-2", "expiresOn", LocalDate.now().plusYears(3).toString()))),
                Agencies.person("乙主评", ResidentId.compose("320102", LocalDate.of(1982, 6, 1), 456), "会计师", List.of(
                        Map.of("certType", "注册会计师", "certNumber", "C-3", "expiresOn", LocalDate.now().plusYears(2).toString())))));
        assertThat(api.put(a.token(), "/api/agencies/me", profile).status()).isEqualTo(200);
        List<Map<String, Object>> saved = list(map(api.get(a.token(), "/api/agencies/me").get("profile")).get("leadEvaluators"));
        Object firstId = saved.get(0).get("id");

        Map<String, Object> first = new HashMap<>(saved.get(0));
        first.put("certificates", List.of(Map.of("certType", "税务师", "certNumber", "C-2",
                "expiresOn", LocalDate.now().plusYears(3).toString())));
        profile.put("leadEvaluators", List.of(first));
        assertThat(api.put(a.token(), "/api/agencies/me", profile).status()).isEqualTo(200);
        List<Map<String, Object>> after = list(map(api.get(a.token(), "/api/agencies/me").get("profile")).get("leadEvaluators"));
        assertThat(after).extracting(p -> p.get("id")).containsExactly(firstId);
        assertThat(list(after.get(0).get("certificates"))).extracting(c -> c.get("certNumber")).containsExactly("C-2");
        assertThat(directory.people(a.id())).extracting(AgencyPerson::name).contains("甲主评").doesNotContain("乙主评");
    }
}
