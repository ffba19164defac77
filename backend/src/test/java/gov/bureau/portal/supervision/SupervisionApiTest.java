package gov.bureau.portal.supervision;

import gov.bureau.portal.engagement.EngagementFixtures;
import gov.bureau.portal.engagement.EngagementFixtures.Agency;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md "Supervision" over the real API and database: a re-check samples accepted engagements and
 * re-runs from its record; working papers are requested and uploaded by the agency concerned only; a
 * finding of a misconduct type proposes the credit event with its objection window, which the agency
 * objects to and an ADMIN decides; rectification, conclusion, publication; a practice-quality
 * inspection draws agencies and inspectors. Credit repair: {@link RepairApiTest}.
 */
@MicronautTest(transactional = false)
class SupervisionApiTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private EngagementFixtures f;
    private String staff;
    private String admin;

    @BeforeAll
    void fixtures() {
        f = new EngagementFixtures(api, unique("sup"));
        staff = f.staff();
        admin = f.admin();
    }

    private record Accepted(Agency agency, String token, long engagement) {
    }

    private Accepted accepted(String name) {
        Agency agency = EngagementFixtures.approvedAgency(unique(name));
        String token = f.agencyToken(agency.id());
        long engagement = f.reportApproved(unique(name + "业务"), agency, token);
        Response scored = f.assess(staff, engagement, 14, 13, 18, 20, 20);
        assertThat(scored.status()).as(scored.toString()).isEqualTo(200);
        return new Accepted(agency, token, engagement);
    }

    private static List<Map<String, Object>> list(Object o) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> l = (List<Map<String, Object>>) o;
        return l;
    }

    private static long id(Object o) {
        return ((Number) o).longValue();
    }

    private Map<String, Object> itemOf(Response opened, long engagementId) {
        return list(opened.get("items")).stream().filter(i -> i.get("engagementId") != null && id(i.get("engagementId")) == engagementId)
                .findFirst().orElseThrow(() -> new AssertionError("engagement " + engagementId + " not sampled: " + opened));
    }

    private List<Map<String, Object>> fullChecklist(String result) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : List.of("REPORT_QUALITY", "WORKPAPERS_COMPLETE", "EVIDENCE", "INDICATOR_USE", "CONCLUSIONS_SUPPORTED")) {
            out.add(Map.of("itemId", id, "result", result));
        }
        return out;
    }

    private Response upload(String token, long inspection, long item) {
        return api.send(HttpRequest.POST("/api/inspections/" + inspection + "/items/" + item + "/workpapers",
                        MultipartBody.builder().addPart("file", "底稿.pdf", MediaType.APPLICATION_PDF_TYPE,
                                EngagementFixtures.pdf("working papers")).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token);
    }

    @Test
    void aRecheckSamplesReRunsAndAFindingOfFabricatedPapersProposesTheCreditEventThroughItsWindow() {
        Accepted a = accepted("复核甲");
        Accepted b = accepted("复核乙");

        Response opened = api.post(staff, "/api/inspections", Map.of("year", TODAY.getYear(), "kind", "RECHECK",
                "share", "1", "minimum", 0));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long inspection = opened.id();
        assertThat((String) opened.get("seed")).hasSize(64);
        int population = ((Number) opened.get("population")).intValue();
        assertThat(population).isGreaterThanOrEqualTo(2);
        assertThat(list(opened.get("items"))).hasSize(population);
        assertThat(api.get(staff, "/api/inspections/" + inspection + "/verification").json()).containsEntry("reproduced", true);
        long itemA = id(itemOf(opened, a.engagement()).get("id"));
        long itemB = id(itemOf(opened, b.engagement()).get("id"));
        assertThat(id(itemOf(opened, a.engagement()).get("agencyId"))).isEqualTo(a.agency().id());

        // the working papers: asked of A, uploaded by A only, before the deadline
        Response asked = api.post(staff, "/api/inspections/" + inspection + "/items/" + itemA + "/workpaper-request",
                Map.of("note", "请提交现场核查记录和访谈底稿"));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(asked.get("papersDeadline")).isEqualTo(TODAY.plusDays(10).toString());
        assertThat(asked.get("status")).isEqualTo("PAPERS_REQUESTED");
        assertThat(api.get(a.token(), "/api/inbox").content()).extracting(m -> (String) m.get("title"))
                .anySatisfy(title -> assertThat(title).contains(TODAY.plusDays(10).toString()));
        assertThat(upload(b.token(), inspection, itemA).status()).isEqualTo(404);
        assertThat(api.get(b.token(), "/api/inspections/" + inspection + "/items/" + itemA).status()).isEqualTo(404);
        assertThat(upload(a.token(), inspection, itemB).status()).isEqualTo(404);
        Response uploaded = upload(a.token(), inspection, itemA);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.get("status")).isEqualTo("PAPERS_SUBMITTED");
        assertThat(list(uploaded.get("workpapers"))).extracting(w -> w.get("fileName")).containsExactly("底稿.pdf");
        long paper = id(list(uploaded.get("workpapers")).get(0).get("id"));
        String paperPath = "/api/inspections/" + inspection + "/items/" + itemA + "/workpapers/" + paper;
        Response download = api.get(staff, paperPath);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.raw()).startsWith("%PDF");
        assertThat(api.get(a.token(), paperPath).status()).isEqualTo(200);
        assertThat(api.get(b.token(), paperPath).status()).isEqualTo(404);
        List<Map<String, Object>> mine = api.get(a.token(), "/api/agencies/me/inspection-items?size=100").content();
        assertThat(mine).extracting(i -> id(i.get("id"))).contains(itemA).doesNotContain(itemB);

        // bad findings change nothing
        Response missing = api.post(staff, "/api/inspections/" + inspection + "/items/" + itemA + "/findings",
                Map.of("checklist", List.of(Map.of("itemId", "REPORT_QUALITY", "result", "NOT_MET")), "conclusion", "MAJOR_ISSUES"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.errorFields()).containsExactly("checklist");
        Response unknownType = api.post(staff, "/api/inspections/" + inspection + "/items/" + itemA + "/findings",
                Map.of("checklist", fullChecklist("NOT_MET"), "conclusion", "MAJOR_ISSUES", "misconductType", "COMMENDATION"));
        assertThat(unknownType.status()).isEqualTo(422);
        assertThat(unknownType.errorFields()).containsExactly("misconductType");
        Response badResult = api.post(staff, "/api/inspections/" + inspection + "/items/" + itemA + "/findings",
                Map.of("checklist", fullChecklist("MAYBE"), "conclusion", "MAJOR_ISSUES"));
        assertThat(badResult.status()).isEqualTo(400);
        assertThat(api.post(staff, "/api/inspections/" + inspection + "/items/" + itemA + "/findings",
                Map.of("checklist", fullChecklist("MET"), "conclusion", "SO_SO")).status()).isEqualTo(400);
        assertThat(api.get(staff, "/api/inspections/" + inspection + "/items/" + itemA).get("status")).isEqualTo("PAPERS_SUBMITTED");
        assertThat(api.post(a.token(), "/api/inspections/" + inspection + "/items/" + itemA + "/rectification",
                Map.of("answer", "太早")).code()).isEqualTo("INSPECTION_ITEM_PAPERS_SUBMITTED");

        // the finding of fabricated working papers proposes the credit event, linked back
        Response finding = api.post(staff, "/api/inspections/" + inspection + "/items/" + itemA + "/findings",
                Map.of("checklist", fullChecklist("NOT_MET"), "conclusion", "MAJOR_ISSUES",
                        "comment", "现场核查记录系事后补写", "misconductType", "FABRICATED_WORKPAPERS"));
        assertThat(finding.status()).as(finding.toString()).isEqualTo(201);
        long event = id(finding.get("creditEventId"));
        Response proposed = api.get(a.token(), "/api/credit-events/" + event);
        assertThat(proposed.json()).containsEntry("type", "FABRICATED_WORKPAPERS").containsEntry("status", "PROPOSED")
                .containsEntry("points", -20).containsEntry("source", "INSPECTION")
                .containsEntry("objectionDeadline", TODAY.plusDays(10).toString());
        assertThat(id(proposed.get("engagementId"))).isEqualTo(a.engagement());
        assertThat((String) proposed.get("evidence")).contains("#" + inspection).contains("现场核查记录系事后补写");
        Map<String, Object> recorded = list(api.get(a.token(), "/api/inspections/" + inspection + "/items/" + itemA).get("findings")).get(0);
        assertThat(recorded).containsEntry("misconductType", "FABRICATED_WORKPAPERS").containsEntry("misconductNameZh", "工作底稿编造或缺失");
        assertThat(id(recorded.get("creditEventId"))).isEqualTo(event);
        // who recorded, uploaded and opened, as people are named (display names, not user names)
        assertThat(String.valueOf(recorded.get("recordedBy"))).startsWith("测试 sup");
        assertThat(String.valueOf(list(uploaded.get("workpapers")).get(0).get("uploadedBy"))).startsWith("机构用户 ");
        assertThat(String.valueOf(api.get(staff, "/api/inspections/" + inspection).get("createdBy"))).startsWith("测试 sup");
        assertThat(api.get(staff, "/api/inspections?kind=RECHECK&year=" + TODAY.getYear() + "&size=100").content())
                .filteredOn(r -> id(r.get("id")) == inspection).hasSize(1)
                .allSatisfy(r -> assertThat(String.valueOf(r.get("createdBy"))).startsWith("测试 sup"));
        assertThat(api.get(b.token(), "/api/credit-events/" + event).status()).isEqualTo(404);

        // the agency objects, the ADMIN decides
        Response objection = api.post(a.token(), "/api/credit-events/" + event + "/objections", Map.of("reason", "底稿为当时所记"));
        assertThat(objection.status()).as(objection.toString()).isEqualTo(201);
        Response decided = api.post(admin, "/api/objections/" + objection.id() + "/decision",
                Map.of("outcome", "DISMISSED", "comment", "底稿时间与现场记录不符"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(api.get(a.token(), "/api/credit-events/" + event).get("status")).isEqualTo("EFFECTIVE");
        assertThat(api.get(a.token(), "/api/agencies/" + a.agency().id() + "/credit").get("score")).isEqualTo(61);

        // rectification, conclusion, publication
        Response rectified = api.post(a.token(), "/api/inspections/" + inspection + "/items/" + itemA + "/rectification",
                Map.of("answer", "已建立底稿同步归档制度"));
        assertThat(rectified.status()).as(rectified.toString()).isEqualTo(200);
        assertThat(rectified.get("status")).isEqualTo("RECTIFIED");
        assertThat(api.post(b.token(), "/api/inspections/" + inspection + "/items/" + itemA + "/rectification",
                Map.of("answer", "x")).status()).isEqualTo(404);
        Response concluded = api.post(staff, "/api/inspections/" + inspection + "/items/" + itemA + "/conclusion",
                Map.of("outcome", "MAJOR_ISSUES", "comment", "底稿不实，已记失信"));
        assertThat(concluded.get("status")).isEqualTo("CONCLUDED");
        assertThat(api.post(staff, "/api/inspections/" + inspection + "/items/" + itemA + "/conclusion",
                Map.of("outcome", "SATISFACTORY")).code()).isEqualTo("INSPECTION_ITEM_CONCLUDED");
        Response record = api.get(staff, "/api/inspections/" + inspection);
        assertThat(list(record.get("checklist"))).hasSize(5);
        assertThat(api.post(staff, "/api/inspections/" + inspection + "/publication", Map.of()).status()).isEqualTo(204);
        assertThat(api.post(staff, "/api/inspections/" + inspection + "/publication", Map.of()).code()).isEqualTo("INSPECTION_PUBLISHED");
        List<Map<String, Object>> published = api.get(null, "/api/public/inspection-results?year=" + TODAY.getYear() + "&size=100").content();
        Map<String, Object> line = published.stream().filter(l -> id(l.get("agencyId")) == a.agency().id()).findFirst().orElseThrow();
        assertThat(line).containsEntry("conclusion", "MAJOR_ISSUES").containsEntry("misconductType", "FABRICATED_WORKPAPERS");
        assertThat(line.keySet()).doesNotContain("comment", "rectification", "inspectors");
        assertThat(api.get(staff, "/api/inspections/" + inspection + "/verification").json()).containsEntry("reproduced", true);
    }

    @Test
    void anInspectionNeedsAYearAKindAndAShareInRange() {
        assertThat(api.post(staff, "/api/inspections", Map.of("kind", "RECHECK")).errorFields()).contains("year");
        assertThat(api.post(staff, "/api/inspections", Map.of("year", TODAY.getYear())).errorFields()).contains("kind");
        Response share = api.post(staff, "/api/inspections", Map.of("year", TODAY.getYear(), "kind", "RECHECK", "share", "1.5"));
        assertThat(share.status()).isEqualTo(422);
        assertThat(share.errorFields()).containsExactly("share");
        Response empty = api.post(staff, "/api/inspections", Map.of("year", 2001, "kind", "RECHECK"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.errorFields()).containsExactly("year");
        assertThat(api.get(staff, "/api/inspections/987654321").status()).isEqualTo(404);
    }

    @Test
    void aPracticeQualityInspectionDrawsAgenciesAndInspectorsReproducibly() {
        EngagementFixtures.approvedAgency(unique("双随机机构"));
        new EngagementFixtures(api, unique("sup2"));
        Response opened = api.post(staff, "/api/inspections", Map.of("year", TODAY.getYear(), "kind", "PRACTICE_QUALITY"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        int population = ((Number) opened.get("population")).intValue();
        assertThat(list(opened.get("items"))).hasSize(Math.max(1, (int) Math.ceil(population * 0.2)));
        assertThat(list(opened.get("items"))).allSatisfy(i -> assertThat(i.get("engagementId")).isNull());
        Response record = api.get(admin, "/api/inspections/" + opened.id());
        assertThat(list(record.get("items"))).allSatisfy(i -> assertThat(list(i.get("inspectors"))).hasSize(2));
        assertThat(api.get(admin, "/api/inspections/" + opened.id() + "/verification").json()).containsEntry("reproduced", true);
        assertThat(api.get(staff, "/api/inspections?kind=PRACTICE_QUALITY&year=" + TODAY.getYear()).content())
                .extracting(r -> id(r.get("id"))).contains(opened.id());
    }
}
