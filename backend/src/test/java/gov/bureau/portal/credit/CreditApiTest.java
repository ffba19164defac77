package gov.bureau.portal.credit;

import gov.bureau.portal.agency.CreditGrade;
import gov.bureau.portal.credit.CreditFixtures.TestAgency;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.support.Agencies;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.Roles;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** API.md "Credit" over HTTP against the real database: the ledger, objections, blacklist, files, disclosure. */
@MicronautTest(transactional = false)
class CreditApiTest extends IntegrationTest {

    @Inject
    CreditStandings standings;
    @Inject
    @io.micronaut.http.client.annotation.Client("/")
    io.micronaut.http.client.HttpClient http;

    private String admin;
    private String staff;

    @BeforeAll
    void tokens() {
        admin = Users.adminToken(api);
        staff = Users.tokenFor(api, unique("cst"), "STAFF");
    }

    private Response credit(String token, long agencyId) {
        return api.get(token, "/api/agencies/" + agencyId + "/credit");
    }

    private int score(long agencyId) {
        return ((Number) credit(admin, agencyId).get("score")).intValue();
    }

    private Response propose(long agencyId, String type) {
        return api.post(staff, "/api/credit-events", Map.of("agencyId", agencyId, "type", type,
                "evidence", "2026 年第 3 季度检查发现工作方案逾期 5 天提交"));
    }

    private long proposed(long agencyId, String type) {
        Response r = propose(agencyId, type);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> event(Response credit, long eventId) {
        return ((List<Map<String, Object>>) credit.get("events")).stream()
                .filter(e -> ((Number) e.get("id")).longValue() == eventId).findFirst().orElseThrow();
    }

    private long eventCount(long agencyId) {
        return CreditFixtures.count("SELECT COUNT(*) FROM credit_event WHERE agency_id = " + agencyId);
    }

    @Test
    void aNewAgencyStartsAtTheBase() {
        TestAgency a = CreditFixtures.agency(api);
        Response r = credit(a.token(), a.id());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json()).containsEntry("score", 80).containsEntry("grade", "B").containsEntry("blacklisted", false)
                .containsEntry("blacklistedUntil", null).containsEntry("events", List.of());
        assertThat(standings.standing(a.id())).isEqualTo(new CreditStanding(a.id(), 80, CreditGrade.B, false, null));
        assertThat(standings.baseGrade()).isEqualTo(CreditGrade.B);
    }

    @Test
    void staffProposeAnEventThatTheAgencySeesWithItsWindow() {
        TestAgency a = CreditFixtures.agency(api);
        Response r = propose(a.id(), "LATE_SUBMISSION");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.headers().get("location").get(0)).endsWith("/api/credit-events/" + r.id());
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(r.json()).containsEntry("type", "LATE_SUBMISSION").containsEntry("points", -2)
                .containsEntry("status", "PROPOSED").containsEntry("inForce", false).containsEntry("source", "DEADLINE")
                .containsEntry("objectionDeadline", today.plusDays(10).toString())
                .containsEntry("effectiveOn", today.plusDays(11).toString())
                .containsEntry("expiresOn", today.plusDays(11).plusMonths(12).toString());

        Response mine = credit(a.token(), a.id());
        assertThat(mine.get("score")).isEqualTo(80);
        Map<String, Object> e = event(mine, r.id());
        assertThat(e).containsEntry("objectionOpen", true).containsEntry("typeNameZh", "工作方案或报告逾期提交");
        assertThat(e.get("evidence")).asString().contains("逾期 5 天");

        Response list = api.get(staff, "/api/credit-events?agencyId=" + a.id());
        assertThat(list.content()).extracting(x -> x.get("id")).containsExactly(((Number) r.get("id")).intValue());
        assertThat(list.content().get(0)).containsEntry("agencyName", a.name());
        Response audit = api.get(admin, "/api/audit-log?entityType=CreditEvent&entityId=" + r.id());
        assertThat(audit.content()).extracting(x -> x.get("action")).contains("CREDIT_EVENT_PROPOSED");
    }

    @Test
    void anUnknownOrSystemEventTypeIsRefusedAndChangesNothing() {
        TestAgency a = CreditFixtures.agency(api);
        Response unknown = propose(a.id(), "NO_SUCH_TYPE");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("type");
        assertThat(unknown.fieldErrors().get(0).get("message")).asString().contains("NO_SUCH_TYPE");
        Response system = propose(a.id(), "ACCEPTANCE_EXCELLENT");
        assertThat(system.status()).isEqualTo(422);
        assertThat(system.errorFields()).containsExactly("type");
        Response noAgency = propose(987654321L, "LATE_SUBMISSION");
        assertThat(noAgency.errorFields()).containsExactly("agencyId");
        Response draft = propose(CreditFixtures.agency(api, "DRAFT").id(), "LATE_SUBMISSION");
        assertThat(draft.errorFields()).containsExactly("agencyId");
        Response blank = api.post(staff, "/api/credit-events", Map.of("agencyId", a.id(), "type", "LATE_SUBMISSION"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.errorFields()).containsExactly("evidence");
        Response english = api.send(HttpRequest.POST("/api/credit-events", Map.of("agencyId", a.id(), "type", "NOPE",
                "evidence", "x")).header("Accept-Language", "en"), staff);
        assertThat(english.fieldErrors().get(0).get("message")).asString().startsWith("There is no credit event type");
        assertThat(eventCount(a.id())).isZero();
        assertThat(score(a.id())).isEqualTo(80);
    }

    @Test
    void theAgencyObjectsAndAnUpheldObjectionLeavesTheScoreWhereItWas() {
        // an agency registered, profiled and approved through the agency area's API
        Agencies.Registered reg = Roles.approvedAgency(api);
        TestAgency a = new TestAgency(reg.id(), reg.name(), reg.uscc(), reg.username(), reg.token());
        String staffName = unique("csp");
        String proposer = Users.tokenFor(api, staffName, "STAFF");
        long id = api.post(proposer, "/api/credit-events", Map.of("agencyId", a.id(), "type", "UNAPPROVED_TEAM_CHANGE",
                "evidence", "项目组成员擅自更换")).id();
        assertThat(inbox(a.token())).anyMatch(t -> t.contains("信用记录告知") && t.contains("未经同意变更工作组成员"));
        Response objection = api.post(a.token(), "/api/credit-events/" + id + "/objections",
                Map.of("reason", "人员变更已于 5 月 3 日书面报备并获同意"));
        assertThat(objection.status()).as(objection.toString()).isEqualTo(201);
        assertThat(objection.json()).containsEntry("status", "PENDING").containsEntry("kind", "EVENT")
                .containsEntry("eventStatus", "OBJECTED");
        assertThat(inbox(proposer)).anyMatch(t -> t.contains("收到异议") && t.contains(a.name()));
        assertThat(api.post(a.token(), "/api/credit-events/" + id + "/objections", Map.of("reason", "再次")).code())
                .isEqualTo("OBJECTION_EXISTS");
        assertThat(api.get(staff, "/api/objections?status=PENDING&agencyId=" + a.id()).content()).hasSize(1);
        // an ADMIN cannot confirm or withdraw while the objection waits
        assertThat(api.post(admin, "/api/credit-events/" + id + "/confirmation", Map.of()).code()).isEqualTo("OBJECTION_PENDING");
        assertThat(api.post(admin, "/api/credit-events/" + id + "/withdrawal", Map.of("reason", "x")).code()).isEqualTo("OBJECTION_PENDING");
        // staff do not decide
        long objectionId = objection.id();
        assertThat(api.post(staff, "/api/objections/" + objectionId + "/decision", Map.of("outcome", "UPHELD", "comment", "x")).status())
                .isEqualTo(403);

        Response decided = api.post(admin, "/api/objections/" + objectionId + "/decision",
                Map.of("outcome", "UPHELD", "comment", "报备材料属实，撤销该事件"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json()).containsEntry("status", "UPHELD").containsEntry("eventStatus", "WITHDRAWN")
                .containsEntry("decisionComment", "报备材料属实，撤销该事件");
        assertThat(api.post(admin, "/api/objections/" + objectionId + "/decision", Map.of("outcome", "DISMISSED", "comment", "x")).code())
                .isEqualTo("OBJECTION_DECIDED");

        Response mine = credit(a.token(), a.id());
        assertThat(mine.get("score")).isEqualTo(80);
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) event(mine, id).get("objection");
        // who decided and who objected, as people are named (display names, not user names)
        assertThat(seen).containsEntry("status", "UPHELD").containsEntry("decidedBy", "系统管理员")
                .containsEntry("submittedBy", a.name());
        assertThat(event(mine, id)).containsEntry("proposedBy", "测试 " + staffName);
        assertThat(api.get(admin, "/api/objections/" + objectionId).json()).containsEntry("decidedBy", "系统管理员")
                .containsEntry("submittedBy", a.name());
        assertThat(event(mine, id)).containsEntry("status", "WITHDRAWN").containsEntry("objectionOpen", false);
        assertThat(standings.standing(a.id()).score()).isEqualTo(80);
        // both sides are told the outcome
        assertThat(inbox(a.token())).anyMatch(t -> t.contains("异议成立"));
        assertThat(inbox(proposer)).anyMatch(t -> t.contains("异议成立"));
        // the public directory of the agency area shows the grade from the read model
        assertThat(api.get(null, "/api/public/agencies?q=" + a.uscc()).raw()).contains("\"creditGrade\":\"B\"");
    }

    private List<String> inbox(String token) {
        return api.get(token, "/api/inbox?size=50").content().stream().map(m -> (String) m.get("title")).toList();
    }

    @Test
    void aDismissedObjectionPutsTheEventInForceFromTheDecision() {
        TestAgency a = CreditFixtures.agency(api);
        long id = proposed(a.id(), "UNAPPROVED_TEAM_CHANGE");
        long objectionId = api.post(a.token(), "/api/credit-events/" + id + "/objections", Map.of("reason", "不同意")).id();
        Response bad = api.post(admin, "/api/objections/" + objectionId + "/decision", Map.of("outcome", "MAYBE", "comment", "x"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("outcome");
        Response noComment = api.post(admin, "/api/objections/" + objectionId + "/decision", Map.of("outcome", "DISMISSED"));
        assertThat(noComment.errorFields()).containsExactly("comment");
        Response decided = api.post(admin, "/api/objections/" + objectionId + "/decision",
                Map.of("outcome", "DISMISSED", "comment", "未见报备记录"));
        assertThat(decided.json()).containsEntry("status", "DISMISSED").containsEntry("eventStatus", "EFFECTIVE");
        assertThat(score(a.id())).isEqualTo(77);
        assertThat(standings.standing(a.id())).isEqualTo(new CreditStanding(a.id(), 77, CreditGrade.B, false, null));
    }

    @Test
    void anAdminConfirmsOrWithdrawsAProposal() {
        // the rule table may put confirmed events in force at once (by default they count from the window's end)
        Map<String, Object> window = CreditFixtures.objectionWindow(api, true);
        try {
            confirmsInForceAtOnceOrWithdraws();
        } finally {
            CreditFixtures.restoreObjectionWindow(api, window);
        }
    }

    private void confirmsInForceAtOnceOrWithdraws() {
        TestAgency a = CreditFixtures.agency(api);
        long confirmed = proposed(a.id(), "OBSTRUCTED_INSPECTION");
        long other = proposed(a.id(), "COMMENDATION");
        assertThat(api.post(staff, "/api/credit-events/" + confirmed + "/confirmation", Map.of()).status()).isEqualTo(403);
        Response c = api.post(admin, "/api/credit-events/" + confirmed + "/confirmation", Map.of("comment", "检查记录确凿"));
        assertThat(c.status()).as(c.toString()).isEqualTo(200);
        assertThat(c.json()).containsEntry("status", "EFFECTIVE").containsEntry("inForce", true).containsEntry("confirmedBy", "系统管理员");
        assertThat(score(a.id())).isEqualTo(70);
        assertThat(standings.standing(a.id()).grade()).isEqualTo(CreditGrade.C);
        assertThat(api.post(admin, "/api/credit-events/" + confirmed + "/confirmation", Map.of()).code()).isEqualTo("CREDIT_EVENT_NOT_PROPOSED");
        // the agency may still object within the window: the confirmed event stays in force meanwhile
        Response objection = api.post(a.token(), "/api/credit-events/" + confirmed + "/objections", Map.of("reason", "检查当日负责人出差"));
        assertThat(objection.json()).containsEntry("eventStatus", "EFFECTIVE");
        assertThat(score(a.id())).isEqualTo(70);

        assertThat(api.post(admin, "/api/credit-events/" + other + "/withdrawal", Map.of()).errorFields()).containsExactly("reason");
        Response w = api.post(admin, "/api/credit-events/" + other + "/withdrawal", Map.of("reason", "表彰文件尚未印发"));
        assertThat(w.json()).containsEntry("status", "WITHDRAWN").containsEntry("withdrawalReason", "表彰文件尚未印发");
        assertThat(api.post(admin, "/api/credit-events/" + other + "/withdrawal", Map.of("reason", "again")).code())
                .isEqualTo("CREDIT_EVENT_WITHDRAWN");
        assertThat(api.post(a.token(), "/api/credit-events/" + other + "/objections", Map.of("reason", "x")).code())
                .isEqualTo("CREDIT_EVENT_WITHDRAWN");
    }

    @Test
    void anAdminsConfirmationLeavesTheAgencyItsObjectionWindow() {
        TestAgency a = CreditFixtures.agency(api);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        long id = proposed(a.id(), "OBSTRUCTED_INSPECTION");
        assertThat(api.get(admin, "/api/rules/credit.objection-window").get("content")).asString()
                .contains("confirmationInForceAtOnce=false");
        Response c = api.post(admin, "/api/credit-events/" + id + "/confirmation", Map.of("comment", "检查记录确凿"));
        assertThat(c.status()).as(c.toString()).isEqualTo(200);
        // confirmed, but it counts only from the end of the window, which stays open
        assertThat(c.json()).containsEntry("status", "PROPOSED").containsEntry("inForce", false).containsEntry("confirmedBy", "系统管理员")
                .containsEntry("objectionOpen", true).containsEntry("objectionDeadline", today.plusDays(10).toString())
                .containsEntry("effectiveOn", today.plusDays(11).toString());
        assertThat(score(a.id())).isEqualTo(80);
        assertThat(standings.standing(a.id()).score()).isEqualTo(80);
        assertThat(inbox(a.token())).anyMatch(t -> t.contains("信用事件已确认") && t.contains(today.plusDays(11).toString()));
        assertThat(api.post(admin, "/api/credit-events/" + id + "/confirmation", Map.of()).code()).isEqualTo("CREDIT_EVENT_CONFIRMED");
        Response audit = api.get(admin, "/api/audit-log?entityType=CreditEvent&action=CREDIT_EVENT_CONFIRMED&entityId=" + id);
        assertThat(audit.content()).hasSize(1);
        // the agency objects within its window: the confirmed proposal is suspended until decided
        Response objection = api.post(a.token(), "/api/credit-events/" + id + "/objections", Map.of("reason", "检查当日负责人出差"));
        assertThat(objection.status()).as(objection.toString()).isEqualTo(201);
        assertThat(objection.json()).containsEntry("eventStatus", "OBJECTED");
        assertThat(score(a.id())).isEqualTo(80);
        api.post(admin, "/api/objections/" + objection.id() + "/decision", Map.of("outcome", "DISMISSED", "comment", "理由不成立"));
        assertThat(score(a.id())).isEqualTo(70);
    }

    @Test
    void theAgencyMayWaiveItsWindowAndTheEventCountsFromThatDay() {
        TestAgency a = CreditFixtures.agency(api);
        TestAgency b = CreditFixtures.agency(api);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        long id = proposed(a.id(), "OBSTRUCTED_INSPECTION");
        Response open = api.get(a.token(), "/api/credit-events/" + id);
        assertThat(open.json()).containsEntry("waivable", true).containsEntry("objectionWaivedBy", null);
        assertThat(api.post(staff, "/api/credit-events/" + id + "/waiver", Map.of()).status()).isEqualTo(403);
        assertThat(api.post(b.token(), "/api/credit-events/" + id + "/waiver", Map.of()).status()).isEqualTo(404);
        assertThat(score(a.id())).isEqualTo(80);

        Response waived = api.post(a.token(), "/api/credit-events/" + id + "/waiver", Map.of());
        assertThat(waived.status()).as(waived.toString()).isEqualTo(200);
        assertThat(waived.json()).containsEntry("status", "EFFECTIVE").containsEntry("inForce", true)
                .containsEntry("objectionOpen", false).containsEntry("waivable", false)
                .containsEntry("objectionWaivedBy", a.name()).containsEntry("effectiveOn", today.toString())
                .containsEntry("expiresOn", today.plusMonths(24).toString());
        assertThat(score(a.id())).isEqualTo(70);
        assertThat(standings.standing(a.id()).score()).isEqualTo(70);
        assertThat(api.post(a.token(), "/api/credit-events/" + id + "/waiver", Map.of()).code()).isEqualTo("OBJECTION_WAIVED");
        assertThat(api.post(a.token(), "/api/credit-events/" + id + "/objections", Map.of("reason", "反悔")).code())
                .isEqualTo("OBJECTION_WAIVED");
        assertThat(api.get(admin, "/api/audit-log?entityType=CreditEvent&action=CREDIT_OBJECTION_WAIVED&entityId=" + id).content())
                .hasSize(1);
        // the ADMIN's confirmation of a waived proposal is in force at once
        Response c = api.post(admin, "/api/credit-events/" + id + "/confirmation", Map.of());
        assertThat(c.json()).containsEntry("status", "EFFECTIVE").containsEntry("effectiveOn", today.toString());
        assertThat(CreditFixtures.queryString("SELECT status FROM credit_event WHERE id = " + id)).isEqualTo("EFFECTIVE");
        // an objected proposal cannot be waived any more; neither can an event in force
        long objected = proposed(a.id(), "LATE_SUBMISSION");
        api.post(a.token(), "/api/credit-events/" + objected + "/objections", Map.of("reason", "不同意"));
        assertThat(api.post(a.token(), "/api/credit-events/" + objected + "/waiver", Map.of()).code()).isEqualTo("OBJECTION_EXISTS");
        assertThat(api.post(a.token(), "/api/credit-events/" + id + "/waiver", Map.of()).code()).isEqualTo("CREDIT_WAIVER_NOT_OPEN");
        assertThat(score(a.id())).isEqualTo(70);
    }

    @Test
    void anotherAgencysCreditAndEventsAreNotFound() {
        TestAgency a = CreditFixtures.agency(api);
        TestAgency b = CreditFixtures.agency(api);
        long id = proposed(a.id(), "LATE_SUBMISSION");
        assertThat(credit(b.token(), a.id()).status()).isEqualTo(404);
        assertThat(api.get(b.token(), "/api/credit-events/" + id).status()).isEqualTo(404);
        assertThat(api.get(a.token(), "/api/credit-events/" + id).status()).isEqualTo(200);
        Response foreign = api.post(b.token(), "/api/credit-events/" + id + "/objections", Map.of("reason", "不是我的"));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(CreditFixtures.count("SELECT COUNT(*) FROM credit_objection WHERE event_id = " + id)).isZero();
        assertThat(credit(staff, 987654321L).status()).isEqualTo(404);
    }

    @Test
    void acceptanceResultsAreRecordedBySystemAndARescoreSupersedesThem() {
        TestAgency a = CreditFixtures.agency(api);
        long engagementId = System.nanoTime() % 1_000_000_000L;
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        standings.recordAcceptance(Actor.SYSTEM, a.id(), engagementId, "EXCELLENT", today);
        assertThat(standings.standing(a.id()).score()).isEqualTo(83);
        standings.recordAcceptance(Actor.SYSTEM, a.id(), engagementId, "GOOD", today);
        assertThat(standings.standing(a.id()).score()).isEqualTo(81);
        Response r = credit(a.token(), a.id());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) r.get("events");
        assertThat(events).extracting(e -> e.get("type") + "/" + e.get("status"))
                .containsExactlyInAnyOrder("ACCEPTANCE_GOOD/EFFECTIVE", "ACCEPTANCE_EXCELLENT/WITHDRAWN");
        assertThat(events).allMatch(e -> ((Number) e.get("engagementId")).longValue() == engagementId);
        Response fail = api.post(admin, "/api/credit-events/" + events.get(0).get("id") + "/withdrawal", Map.of("reason", "x"));
        assertThat(fail.code()).isEqualTo("CREDIT_EVENT_SYSTEM");
        // an objection to an acceptance result is an objection to the score, recorded against the engagement
        long current = events.stream().filter(e -> "EFFECTIVE".equals(e.get("status"))).map(e -> ((Number) e.get("id")).longValue())
                .findFirst().orElseThrow();
        Response objection = api.post(a.token(), "/api/credit-events/" + current + "/objections", Map.of("reason", "评分有误"));
        assertThat(objection.json()).containsEntry("kind", "ACCEPTANCE_SCORE").containsEntry("eventStatus", "EFFECTIVE");
        assertThat(((Number) objection.get("engagementId")).longValue()).isEqualTo(engagementId);
        Response dismissed = api.post(admin, "/api/objections/" + objection.id() + "/decision",
                Map.of("outcome", "DISMISSED", "comment", "评分依据充分"));
        assertThat(dismissed.json()).containsEntry("status", "DISMISSED").containsEntry("eventStatus", "EFFECTIVE");
        assertThat(score(a.id())).isEqualTo(81);
    }

    @Test
    void blacklistingIsForAdminsAndCreditRepairTakesTheAgencyOff() {
        TestAgency a = CreditFixtures.agency(api);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        long file = CreditFixtures.evidenceFile(api, admin);
        Map<String, Object> body = Map.of("reason", "出具严重失实报告", "evidence", "复核报告 2026-07", "fileIds", List.of(file));
        Response byStaff = api.post(staff, "/api/agencies/" + a.id() + "/blacklist", body);
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(byStaff.code()).isEqualTo("FORBIDDEN");
        assertThat(CreditFixtures.count("SELECT COUNT(*) FROM credit_blacklist_entry WHERE agency_id = " + a.id())).isZero();
        assertThat(api.post(admin, "/api/agencies/" + a.id() + "/blacklist", Map.of("reason", "x", "until", today.minusDays(1).toString(),
                "fileIds", List.of(file))).errorFields()).containsExactly("until");
        // without its ground (a confirmed event proposing it, or evidence files) a blacklisting is refused
        Response groundless = api.post(admin, "/api/agencies/" + a.id() + "/blacklist", Map.of("reason", "出具严重失实报告",
                "evidence", "复核报告 2026-07"));
        assertThat(groundless.status()).isEqualTo(422);
        assertThat(groundless.errorFields()).containsExactly("fileIds");
        assertThat(CreditFixtures.count("SELECT COUNT(*) FROM credit_blacklist_entry WHERE agency_id = " + a.id())).isZero();

        Response listed = api.post(admin, "/api/agencies/" + a.id() + "/blacklist", body);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = ((List<Map<String, Object>>) listed.get("blacklist")).get(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entryFiles = (List<Map<String, Object>>) entry.get("files");
        assertThat(entryFiles).extracting(f -> ((Number) f.get("id")).longValue()).containsExactly(file);
        assertThat(api.send(HttpRequest.GET("/api/credit-files/" + file).accept(MediaType.ALL_TYPE), a.token()).status())
                .as("the agency sees the evidence of its blacklisting").isEqualTo(200);
        String until = today.plusMonths(36).minusDays(1).toString();
        assertThat(listed.json()).containsEntry("blacklisted", true).containsEntry("blacklistedUntil", until)
                .containsEntry("blacklistReason", "出具严重失实报告");
        assertThat(standings.standing(a.id())).isEqualTo(new CreditStanding(a.id(), 80, CreditGrade.B, true, LocalDate.parse(until)));
        assertThat(api.post(admin, "/api/agencies/" + a.id() + "/blacklist", Map.of("reason", "出具严重失实报告",
                "fileIds", List.of(CreditFixtures.evidenceFile(api, admin)))).code()).isEqualTo("ALREADY_BLACKLISTED");

        Response pub = api.get(null, "/api/public/blacklist?q=" + a.uscc());
        assertThat(pub.status()).isEqualTo(200);
        assertThat(pub.content()).hasSize(1);
        assertThat(pub.content().get(0)).containsOnlyKeys("agencyId", "agencyName", "uscc", "agencyType", "reason", "startOn", "until")
                .containsEntry("agencyName", a.name()).containsEntry("until", until);
        assertThat(pub.raw()).doesNotContain("13800000000", "c@example.cn", "联系人");
        assertThat(api.get(staff, "/api/blacklist?state=CURRENT&agencyId=" + a.id()).content()).hasSize(1);
        assertThat(api.get(staff, "/api/credit-standings?blacklisted=true&q=" + a.uscc()).content()).hasSize(1);

        assertThat(api.delete(staff, "/api/agencies/" + a.id() + "/blacklist", Map.of("reason", "x")).status()).isEqualTo(403);
        assertThat(api.delete(admin, "/api/agencies/" + a.id() + "/blacklist", Map.of()).errorFields()).containsExactly("reason");
        Response repaired = api.delete(admin, "/api/agencies/" + a.id() + "/blacklist", Map.of("reason", "整改到位，准予信用修复"));
        assertThat(repaired.status()).as(repaired.toString()).isEqualTo(200);
        assertThat(repaired.json()).containsEntry("blacklisted", false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) repaired.get("blacklist");
        assertThat(history).hasSize(1);
        assertThat(history.get(0)).containsEntry("active", false).containsEntry("liftReason", "整改到位，准予信用修复")
                .containsEntry("createdBy", "系统管理员").containsEntry("liftedBy", "系统管理员")
                .containsEntry("liftedOn", today.toString());
        assertThat(api.get(null, "/api/public/blacklist?q=" + a.uscc()).content()).isEmpty();
        assertThat(api.delete(admin, "/api/agencies/" + a.id() + "/blacklist", Map.of("reason", "again")).code()).isEqualTo("NOT_BLACKLISTED");
        assertThat(standings.standing(a.id()).blacklisted()).isFalse();
        Response audit = api.get(admin, "/api/audit-log?entityType=Agency&entityId=" + a.id());
        assertThat(audit.content()).extracting(x -> x.get("action")).contains("AGENCY_BLACKLISTED", "AGENCY_BLACKLIST_LIFTED");
    }

    @Test
    void aFalseReportProposesBlacklistingUntilAnAdminDecides() {
        TestAgency a = CreditFixtures.agency(api);
        long id = proposed(a.id(), "FALSE_REPORT");
        Response proposals = api.get(admin, "/api/credit-events?blacklistProposal=true&agencyId=" + a.id());
        assertThat(proposals.content()).extracting(e -> ((Number) e.get("id")).longValue()).containsExactly(id);
        // the ground must be confirmed, and of a type that proposes blacklisting
        Response unconfirmed = api.post(admin, "/api/agencies/" + a.id() + "/blacklist",
                Map.of("reason", "虚假报告", "eventId", id));
        assertThat(unconfirmed.status()).isEqualTo(422);
        assertThat(unconfirmed.errorFields()).containsExactly("eventId");
        long late = proposed(a.id(), "LATE_SUBMISSION");
        api.post(admin, "/api/credit-events/" + late + "/confirmation", Map.of());
        assertThat(api.post(admin, "/api/agencies/" + a.id() + "/blacklist", Map.of("reason", "逾期", "eventId", late)).errorFields())
                .containsExactly("eventId");
        assertThat(CreditFixtures.count("SELECT COUNT(*) FROM credit_blacklist_entry WHERE agency_id = " + a.id())).isZero();
        assertThat(api.post(admin, "/api/credit-events/" + id + "/confirmation", Map.of()).status()).isEqualTo(200);
        Response listed = api.post(admin, "/api/agencies/" + a.id() + "/blacklist",
                Map.of("reason", "虚假报告", "until", LocalDate.now().plusYears(2).toString(), "eventId", id));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(api.get(admin, "/api/credit-events?blacklistProposal=true&agencyId=" + a.id()).content()).isEmpty();
        TestAgency b = CreditFixtures.agency(api);
        assertThat(api.post(admin, "/api/agencies/" + b.id() + "/blacklist", Map.of("reason", "x", "eventId", id)).errorFields())
                .containsExactly("eventId");
    }

    private Response upload(String token, String name, byte[] content) {
        return api.send(HttpRequest.POST("/api/credit-files", MultipartBody.builder()
                .addPart("file", name, MediaType.APPLICATION_OCTET_STREAM_TYPE, content).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token);
    }

    @Test
    void evidenceFilesAreCheckedByContentAndSeenOnlyByThoseConcerned() {
        TestAgency a = CreditFixtures.agency(api);
        TestAgency b = CreditFixtures.agency(api);
        Response pdf = upload(staff, "检查记录.pdf", CreditFixtures.PDF);
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(201);
        assertThat(pdf.json()).containsEntry("contentType", "application/pdf").containsEntry("fileName", "检查记录.pdf")
                .containsEntry("sha256", gov.bureau.portal.documents.DocumentStore.sha256(CreditFixtures.PDF));
        Response fake = upload(staff, "fake.pdf", CreditFixtures.TEXT);
        assertThat(fake.status()).isEqualTo(422);
        assertThat(fake.errorFields()).containsExactly("file");

        Map<String, Object> body = new HashMap<>(Map.of("agencyId", a.id(), "type", "LATE_SUBMISSION", "evidence", "见附件"));
        body.put("fileIds", List.of(pdf.id()));
        Response event = api.post(staff, "/api/credit-events", body);
        assertThat(event.status()).as(event.toString()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files = (List<Map<String, Object>>) event.get("files");
        assertThat(files).extracting(f -> f.get("fileName")).containsExactly("检查记录.pdf");
        // a file is attached once
        body.put("agencyId", b.id());
        Response reused = api.post(staff, "/api/credit-events", body);
        assertThat(reused.errorFields()).containsExactly("fileIds[0]");

        Response own = api.send(HttpRequest.GET("/api/credit-files/" + pdf.id()).accept(MediaType.ALL_TYPE), a.token());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.headers().get("content-type").get(0)).startsWith("application/pdf");
        assertThat(own.raw()).startsWith("%PDF-");
        assertThat(api.send(HttpRequest.GET("/api/credit-files/" + pdf.id()).accept(MediaType.ALL_TYPE), b.token()).status()).isEqualTo(404);

        // the agency's objection carries its own files
        Response png = upload(a.token(), "报备回执.png", CreditFixtures.PNG);
        assertThat(png.json()).containsEntry("contentType", "image/png");
        assertThat(upload(b.token(), "x.png", CreditFixtures.PNG).status()).isEqualTo(201);
        Response objection = api.post(a.token(), "/api/credit-events/" + event.id() + "/objections",
                Map.of("reason", "已报备", "fileIds", List.of(png.id())));
        assertThat(objection.status()).as(objection.toString()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> objectionFiles = (List<Map<String, Object>>) objection.get("files");
        assertThat(objectionFiles).extracting(f -> f.get("contentType")).containsExactly("image/png");
        assertThat(api.send(HttpRequest.GET("/api/credit-files/" + png.id()).accept(MediaType.ALL_TYPE), staff).status()).isEqualTo(200);
    }

    @Test
    void theLedgerFiltersSortsAndExportsToExcel() throws Exception {
        TestAgency a = CreditFixtures.agency(api);
        long late = proposed(a.id(), "LATE_SUBMISSION");
        long praise = proposed(a.id(), "COMMENDATION");
        api.post(a.token(), "/api/credit-events/" + praise + "/waiver", Map.of());
        api.post(admin, "/api/credit-events/" + praise + "/confirmation", Map.of());
        Response effective = api.get(staff, "/api/credit-events?agencyId=" + a.id() + "&status=EFFECTIVE");
        assertThat(effective.content()).extracting(e -> ((Number) e.get("id")).longValue()).containsExactly(praise);
        Response byPoints = api.get(staff, "/api/credit-events?agencyId=" + a.id() + "&sort=points,asc");
        assertThat(byPoints.content()).extracting(e -> ((Number) e.get("id")).longValue()).containsExactly(late, praise);
        assertThat(api.get(staff, "/api/credit-events?q=" + a.uscc()).json()).containsEntry("totalElements", 2);
        assertThat(api.get(staff, "/api/credit-events?type=COMMENDATION&agencyId=" + a.id()).content()).hasSize(1);
        assertThat(api.get(staff, "/api/credit-events?status=NONSENSE").errorFields()).containsExactly("status");
        assertThat(api.get(staff, "/api/credit-events?sort=evidence").errorFields()).containsExactly("sort");

        Response xlsx = api.send(HttpRequest.GET("/api/credit-events/export?agencyId=" + a.id()).accept(MediaType.ALL_TYPE), staff);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.headers().get("content-type").get(0)).contains("spreadsheetml");
        assertThat(xlsx.headers().entrySet()).filteredOn(h -> h.getKey().equalsIgnoreCase("content-disposition"))
                .flatExtracting(Map.Entry::getValue).singleElement().asString().startsWith("attachment;").contains(".xlsx");
        byte[] bytes = http.toBlocking().retrieve(HttpRequest.GET("/api/credit-events/export?agencyId=" + a.id())
                .accept(MediaType.ALL_TYPE).bearerAuth(staff), byte[].class);
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(1)).isEqualTo("机构名称");
            assertThat(rows.get(1).getCellText(1)).isEqualTo(a.name());
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(3))).containsExactlyInAnyOrder("LATE_SUBMISSION", "COMMENDATION");
        }
    }

    @Test
    void standingsListGradesAndTheSummaryCountsWhatWaits() {
        TestAgency a = CreditFixtures.agency(api);
        long id = proposed(a.id(), "UNAUTHORISED_SUBCONTRACTING");
        api.post(a.token(), "/api/credit-events/" + id + "/waiver", Map.of());
        api.post(admin, "/api/credit-events/" + id + "/confirmation", Map.of());
        Response c = api.get(staff, "/api/credit-standings?grade=C&q=" + a.uscc());
        assertThat(c.content()).hasSize(1);
        assertThat(c.content().get(0)).containsEntry("score", 60).containsEntry("grade", "C").containsEntry("name", a.name());
        assertThat(api.get(staff, "/api/credit-standings?grade=D&q=" + a.uscc()).content()).isEmpty();
        TestAgency fresh = CreditFixtures.agency(api);
        assertThat(api.get(staff, "/api/credit-standings?grade=B&q=" + fresh.uscc()).content()).extracting(x -> x.get("score"))
                .containsExactly(80);
        assertThat(api.get(staff, "/api/credit-standings?grade=X").status()).isEqualTo(400);
        Response summary = api.get(staff, "/api/credit-summary");
        assertThat(summary.json()).containsKeys("pendingObjections", "blacklistProposals", "proposedEvents", "blacklisted");
    }

    @Test
    void theStandingsExportFollowsTheListsFiltersInTheReadersLanguage() throws Exception {
        TestAgency a = CreditFixtures.agency(api);
        long id = proposed(a.id(), "UNAUTHORISED_SUBCONTRACTING");
        api.post(a.token(), "/api/credit-events/" + id + "/waiver", Map.of());
        api.post(admin, "/api/credit-events/" + id + "/confirmation", Map.of());
        TestAgency fresh = CreditFixtures.agency(api);

        List<org.dhatim.fastexcel.reader.Row> rows = standingsSheet("grade=C&q=" + a.uscc(), "zh-CN");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getCellText(0)).isEqualTo("机构名称");
        assertThat(rows.get(0).getCellText(5)).isEqualTo("信用等级");
        org.dhatim.fastexcel.reader.Row row = rows.get(1);
        assertThat(row.getCellText(0)).isEqualTo(a.name());
        assertThat(row.getCellText(1)).isEqualTo(a.uscc());
        assertThat(row.getCellText(3)).isEqualTo("已入库");
        assertThat(row.getCellAsNumber(4)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(60));
        assertThat(row.getCellText(5)).isEqualTo("C");
        // the grade filter leaves out the agency without events (80, B)
        assertThat(standingsSheet("grade=C&q=" + fresh.uscc(), "zh-CN")).hasSize(1);
        List<org.dhatim.fastexcel.reader.Row> english = standingsSheet("q=" + fresh.uscc(), "en");
        assertThat(english.get(0).getCellText(0)).isEqualTo("Agency");
        assertThat(english.get(1).getCellText(3)).isEqualTo("Approved");
        assertThat(english.get(1).getCellText(5)).isEqualTo("B");

        assertThat(api.get(staff, "/api/credit-standings/export?grade=X").errorFields()).containsExactly("grade");
        assertThat(api.get(staff, "/api/credit-standings/export?sort=evidence").errorFields()).containsExactly("sort");
    }

    @Test
    void theObjectionsExportFollowsTheListsFiltersInTheReadersLanguage() throws Exception {
        TestAgency a = CreditFixtures.agency(api);
        long pending = proposed(a.id(), "LATE_SUBMISSION");
        api.post(a.token(), "/api/credit-events/" + pending + "/objections", Map.of("reason", "已按期报送，见回执"));
        long decided = proposed(a.id(), "UNAPPROVED_TEAM_CHANGE");
        long objectionId = api.post(a.token(), "/api/credit-events/" + decided + "/objections", Map.of("reason", "不同意")).id();
        api.post(admin, "/api/objections/" + objectionId + "/decision", Map.of("outcome", "DISMISSED", "comment", "未见报备记录"));

        List<org.dhatim.fastexcel.reader.Row> all = sheet("/api/objections/export?q=" + a.uscc(), "zh-CN");
        assertThat(all).hasSize(3);
        assertThat(all.get(0).getCellText(2)).isEqualTo("机构名称");
        // newest first, as the list
        org.dhatim.fastexcel.reader.Row dismissed = all.get(1);
        assertThat(dismissed.getCellAsNumber(0)).hasValueSatisfying(n -> assertThat(n.longValue()).isEqualTo(objectionId));
        assertThat(dismissed.getCellText(2)).isEqualTo(a.name());
        assertThat(dismissed.getCellText(4)).isEqualTo("信用事件");
        assertThat(dismissed.getCellText(7)).isEqualTo("异议不成立");
        assertThat(dismissed.getCellText(8)).isEqualTo("不同意");
        assertThat(dismissed.getCellText(13)).isEqualTo("未见报备记录");
        assertThat(all.get(2).getCellText(7)).isEqualTo("待处理");
        assertThat(all.get(2).getCellText(12)).isEmpty();

        List<org.dhatim.fastexcel.reader.Row> pendingOnly = sheet("/api/objections/export?status=PENDING&q=" + a.uscc(), "en");
        assertThat(pendingOnly).hasSize(2);
        assertThat(pendingOnly.get(0).getCellText(2)).isEqualTo("Agency");
        assertThat(pendingOnly.get(1).getCellText(7)).isEqualTo("Pending");
        assertThat(pendingOnly.get(1).getCellText(8)).isEqualTo("已按期报送，见回执");

        assertThat(api.get(staff, "/api/objections/export?status=MAYBE").errorFields()).containsExactly("status");
        assertThat(api.get(staff, "/api/objections/export?sort=reason").errorFields()).containsExactly("sort");
    }

    private List<org.dhatim.fastexcel.reader.Row> sheet(String path, String language) throws Exception {
        byte[] bytes = http.toBlocking().retrieve(HttpRequest.GET(path)
                .accept(MediaType.ALL_TYPE).header("Accept-Language", language).bearerAuth(staff), byte[].class);
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            return wb.getFirstSheet().read();
        }
    }

    private List<org.dhatim.fastexcel.reader.Row> standingsSheet(String query, String language) throws Exception {
        return sheet("/api/credit-standings/export?" + query, language);
    }
}
