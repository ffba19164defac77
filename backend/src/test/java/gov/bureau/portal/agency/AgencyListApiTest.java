package gov.bureau.portal.agency;

import gov.bureau.portal.support.Agencies;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestDatabase;
import gov.bureau.portal.support.Users;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff list, its export and the public directory, over agencies in several states. */
@MicronautTest(transactional = false)
class AgencyListApiTest extends IntegrationTest {

    @Inject
    @Client("/")
    HttpClient http;

    String staff;
    String prefix;
    Agencies.Registered draft;
    Agencies.Registered submitted;
    Agencies.Registered approvedA;
    Agencies.Registered approvedBlacklisted;
    Agencies.Registered suspended;

    @BeforeAll
    void agencies() throws Exception {
        staff = Users.tokenFor(api, unique("list"), "STAFF");
        prefix = unique("列表");
        draft = Agencies.register(api, prefix + "甲草稿所");
        submitted = Agencies.register(api, prefix + "乙待审所");
        Agencies.submitComplete(api, submitted);
        approvedA = approve(Agencies.register(api, prefix + "丙入库所"));
        approvedBlacklisted = approve(Agencies.register(api, prefix + "丁黑名单所"));
        suspended = approve(Agencies.register(api, prefix + "戊暂停所"));
        api.post(staff, "/api/agencies/" + suspended.id() + "/suspension", Map.of("reason", "检查"));
        // the credit area's read model (each approval gave its agency a row): one graded A, one blacklisted with D
        standing(approvedA.id(), 95, "A", false);
        standing(approvedBlacklisted.id(), 40, "D", true);
    }

    private Agencies.Registered approve(Agencies.Registered a) {
        Agencies.submitComplete(api, a);
        api.post(staff, "/api/agencies/" + a.id() + "/review", Map.of("decision", "APPROVE"));
        return a;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void standing(long agencyId, int score, String grade, boolean blacklisted) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "UPDATE credit_standing SET score = ?, grade = ?, blacklisted = ?, blacklisted_until = ? WHERE agency_id = ?")) {
            s.setInt(1, score);
            s.setString(2, grade);
            s.setBoolean(3, blacklisted);
            s.setDate(4, blacklisted ? java.sql.Date.valueOf("2029-06-30") : null);
            s.setLong(5, agencyId);
            assertThat(s.executeUpdate()).as("the approval gave the agency its standing").isEqualTo(1);
        }
    }

    private List<String> names(String query) {
        Response r = api.get(staff, "/api/agencies?q=" + enc(prefix) + "&size=100" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.content().stream().map(m -> ((String) m.get("name")).substring(prefix.length())).toList();
    }

    @Test
    void filtersByStatusTypeGradeAndSearch() {
        assertThat(names("&sort=name")).containsExactly("丁黑名单所", "丙入库所", "乙待审所", "戊暂停所", "甲草稿所");
        assertThat(names("&status=APPROVED&sort=name")).containsExactly("丁黑名单所", "丙入库所");
        assertThat(names("&pendingReview=true")).containsExactly("乙待审所");
        assertThat(names("&grade=A")).containsExactly("丙入库所");
        assertThat(names("&grade=D")).containsExactly("丁黑名单所");
        // an agency admitted to the pool without events stands at the base (80, B); one never admitted has no grade
        assertThat(names("&grade=B&sort=name")).containsExactly("戊暂停所");
        Response base = api.get(staff, "/api/agencies?q=" + suspended.uscc());
        assertThat(base.content().get(0)).containsEntry("creditGrade", "B").containsEntry("creditScore", 80);
        for (Agencies.Registered outside : List.of(draft, submitted)) {
            assertThat(api.get(staff, "/api/agencies?q=" + outside.uscc()).content().get(0))
                    .containsEntry("creditGrade", null).containsEntry("creditScore", null);
        }
        assertThat(names("&type=CONSULTING")).isEmpty();
        assertThat(names("&type=ACCOUNTING_FIRM")).hasSize(5);
        Response byCode = api.get(staff, "/api/agencies?q=" + approvedA.uscc().substring(0, 14).toLowerCase());
        assertThat(byCode.content()).extracting(m -> m.get("uscc")).contains(approvedA.uscc());
        Response row = api.get(staff, "/api/agencies?q=" + approvedBlacklisted.uscc());
        assertThat(row.content().get(0)).containsEntry("creditGrade", "D").containsEntry("creditScore", 40)
                .containsEntry("blacklisted", true).containsEntry("status", "APPROVED");
    }

    @Test
    void searchTextIsMatchedLiterallyAndCodesByTheirStart() {
        // LIKE's own characters are escaped: "%" and "_" match only themselves
        assertThat(api.get(staff, "/api/agencies?q=" + enc(prefix + "%所") + "&size=100").content()).isEmpty();
        assertThat(api.get(staff, "/api/agencies?q=" + enc("_" + prefix.substring(1)) + "&size=100").content()).isEmpty();
        // surrounding blanks, full-width ones too, are not part of the text
        assertThat(api.get(staff, "/api/agencies?q=" + enc("\u3000" + prefix + "丙入库所 ")).content())
                .extracting(m -> ((Number) m.get("id")).longValue()).containsExactly(approvedA.id());
        // a code matches from its start, not in its middle
        assertThat(api.get(staff, "/api/agencies?q=" + approvedA.uscc().substring(2, 16)).content())
                .extracting(m -> m.get("uscc")).doesNotContain(approvedA.uscc());
        assertThat(api.get(null, "/api/public/agencies?q=" + approvedA.uscc().substring(0, 10)).content())
                .extracting(m -> m.get("uscc")).contains(approvedA.uscc());
    }

    @Test
    void sortsAndPages() {
        assertThat(names("&sort=name,desc")).containsExactly("甲草稿所", "戊暂停所", "乙待审所", "丙入库所", "丁黑名单所");
        assertThat(names("&sort=grade&status=APPROVED")).containsExactly("丙入库所", "丁黑名单所");
        Response page = api.get(staff, "/api/agencies?q=" + enc(prefix) + "&size=2&page=1&sort=name");
        assertThat(page.json()).containsEntry("totalElements", 5).containsEntry("page", 1).containsEntry("size", 2);
        assertThat(page.content()).extracting(m -> ((String) m.get("name")).substring(prefix.length()))
                .containsExactly("乙待审所", "戊暂停所");
        for (String sort : List.of("uscc", "agencyType", "status", "registeredAt", "submittedAt,desc", "updatedAt")) {
            assertThat(api.get(staff, "/api/agencies?q=" + enc(prefix) + "&sort=" + sort).status()).as(sort).isEqualTo(200);
        }
        Response bad = api.get(staff, "/api/agencies?sort=contactPhone");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("sort");
        assertThat(api.get(staff, "/api/agencies?size=101").errorFields()).containsExactly("size");
        assertThat(api.get(staff, "/api/agencies?status=NOPE").status()).isEqualTo(400);
    }

    @Test
    void exportHasTheListsRowsWithItsFilters() throws Exception {
        var response = http.toBlocking().exchange(HttpRequest.GET("/api/agencies/export?q=" + enc(prefix) + "&status=APPROVED&sort=name")
                .bearerAuth(staff), Argument.of(byte[].class));
        assertThat(response.getContentType().orElseThrow().toString()).contains("spreadsheetml");
        assertThat(response.getHeaders().get("Content-Disposition")).contains(".xlsx");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("机构名称");
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1).getCellText(0)).isEqualTo(prefix + "丁黑名单所");
            assertThat(rows.get(1).getCellText(3)).isEqualTo("已入库");
            assertThat(rows.get(1).getCellText(5)).isEqualTo("D");
            assertThat(rows.get(1).getCellText(7)).isEqualTo("是");
            assertThat(rows.get(2).getCellText(0)).isEqualTo(prefix + "丙入库所");
        }
    }

    @Test
    void thePublicDirectoryListsApprovedSuspendedAndBlacklistedWithoutPersonalData() {
        Response r = api.get(null, "/api/public/agencies?q=" + enc(prefix) + "&size=100&sort=name");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.content()).extracting(m -> ((String) m.get("name")).substring(prefix.length()))
                .containsExactly("丁黑名单所", "丙入库所", "戊暂停所");
        assertThat(r.content().get(0)).containsOnlyKeys("id", "name", "uscc", "agencyType", "status", "creditGrade",
                "blacklisted", "blacklistedUntil").containsEntry("blacklisted", true).containsEntry("blacklistedUntil", "2029-06-30");
        assertThat(api.get(null, "/api/public/agencies?q=" + enc(prefix) + "&blacklisted=true").content()).hasSize(1);
        assertThat(api.get(null, "/api/public/agencies?q=" + enc(prefix) + "&status=SUSPENDED").content()).hasSize(1);
        assertThat(api.get(null, "/api/public/agencies?q=" + enc(prefix) + "&grade=A").content()).hasSize(1);

        Response card = api.get(null, "/api/public/agencies/" + approvedA.id());
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.json()).containsEntry("name", approvedA.name()).containsEntry("creditGrade", "A")
                .containsEntry("leadEvaluators", 1).containsEntry("qualifiedLeadEvaluators", 1).containsEntry("experts", 1)
                .containsEntry("branches", List.of("苏州分所"));
        String raw = card.raw() + r.raw();
        assertThat(raw).doesNotContain("13800138000", "13912345678", "025-83456789", "0512-66778899", "contact@example.cn",
                "陈法人", "张主评", "320106", "320102");
        assertThat(api.get(null, "/api/public/agencies/" + draft.id()).status()).isEqualTo(404);
        assertThat(api.get(null, "/api/public/agencies/" + submitted.id()).status()).isEqualTo(404);
    }
}
