package gov.bureau.portal.engagement;

import gov.bureau.portal.engagement.EngagementFixtures.Agency;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The engagement list: filters, sorting, paging, what an agency sees, the Excel export and the overdue flag. */
@MicronautTest(transactional = false)
class EngagementListTest extends IntegrationTest {

    @Inject
    OverdueJob overdue;

    @Inject
    @Client("/")
    HttpClient http;

    private EngagementFixtures f;
    private String prefix;
    private Agency agency;
    private String agencyToken;
    private long a;
    private long b;
    private long c;

    @BeforeAll
    void setUp() {
        f = new EngagementFixtures(api, unique("lst"));
        prefix = unique("列表");
        agency = EngagementFixtures.approvedAgency(unique("列表机构"));
        agencyToken = f.agencyToken(agency.id());
        a = f.create(prefix + "甲");
        b = f.create(prefix + "乙");
        Map<String, Object> form = f.form(prefix + "丙", "某市财政局", "某单位");
        form.put("type", "POLICY_EVALUATION");
        form.put("fee", "5000.00");
        c = api.post(f.staff(), "/api/engagements", form).id();
        f.merit(b, agency.id());
    }

    private List<Long> ids(String token, String query) {
        Response r = api.get(token, "/api/engagements?q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8) + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.content().stream().map(m -> ((Number) m.get("id")).longValue()).collect(Collectors.toList());
    }

    @Test
    void filtersSortAndPage() {
        assertThat(ids(f.staff(), "")).containsExactly(c, b, a);
        assertThat(ids(f.staff(), "&state=CREATED")).containsExactly(c, a);
        assertThat(ids(f.staff(), "&state=CREATED,AGENCY_SELECTED")).containsExactly(c, b, a);
        assertThat(ids(f.staff(), "&type=POLICY_EVALUATION")).containsExactly(c);
        assertThat(ids(f.staff(), "&agencyId=" + agency.id())).containsExactly(b);
        assertThat(ids(f.staff(), "&sort=fee,asc")).first().isEqualTo(c);
        assertThat(ids(f.staff(), "&sort=createdAt,asc")).containsExactly(a, b, c);
        Response page = api.get(f.staff(), "/api/engagements?size=2&page=1&sort=createdAt,asc&q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8));
        assertThat(page.get("totalElements")).isEqualTo(3);
        assertThat(page.get("page")).isEqualTo(1);
        assertThat(page.content()).extracting(m -> ((Number) m.get("id")).longValue()).containsExactly(c);
        Map<String, Object> row = api.get(f.staff(), "/api/engagements?agencyId=" + agency.id()).content().get(0);
        assertThat(row.get("agencyName")).isEqualTo(agency.name());
        assertThat(row.get("supervisorName")).asString().startsWith("测试 ");
        Response badSort = api.get(f.staff(), "/api/engagements?sort=secret");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.errorFields()).containsExactly("sort");
        assertThat(api.get(f.staff(), "/api/engagements?state=NOPE").status()).isEqualTo(400);
        assertThat(api.get(f.staff(), "/api/engagements?size=101").status()).isEqualTo(400);
    }

    @Test
    void anAgencySeesOnlyItsOwnWhateverFilterItSends() {
        Response own = api.get(agencyToken, "/api/engagements?agencyId=987654321");
        assertThat(own.content()).extracting(m -> ((Number) m.get("id")).longValue()).containsExactly(b);
        assertThat(api.get(agencyToken, "/api/engagements/" + a).status()).isEqualTo(404);
    }

    @Test
    void missedDeadlinesAreFlaggedAndFiltered() throws Exception {
        try (Connection conn = TestDatabase.connect();
             PreparedStatement s = conn.prepareStatement("UPDATE engagement SET deadline = ? WHERE id = ?")) {
            s.setObject(1, LocalDate.now().minusDays(2));
            s.setLong(2, a);
            s.executeUpdate();
        }
        assertThat(ids(f.staff(), "&overdue=true")).isEmpty();
        assertThat(overdue.flag()).isPositive();
        assertThat(ids(f.staff(), "&overdue=true")).containsExactly(a);
        assertThat(ids(f.staff(), "&overdue=false")).containsExactly(c, b);
        Response one = f.get(a);
        assertThat(one.get("overdue")).isEqualTo(true);
        assertThat(one.get("overdueSince")).isEqualTo(LocalDate.now().minusDays(1).toString());
        // moving on clears the flag and sets the next deadline
        f.merit(a, EngagementFixtures.approvedAgency(unique("逾期机构")).id());
        assertThat(f.get(a).get("overdue")).isEqualTo(false);
        assertThat(f.get(a).get("deadline")).isEqualTo(LocalDate.now().plusDays(5).toString());
        Response audit = api.get(f.admin(), "/api/audit-log?action=ENGAGEMENTS_FLAGGED_OVERDUE");
        assertThat(audit.content()).isNotEmpty();
    }

    @Test
    void theListIsExportedToExcelWithTheSameFilters() throws Exception {
        HttpResponse<byte[]> response = http.toBlocking().exchange(HttpRequest.GET("/api/engagements/export?type=POLICY_EVALUATION&q="
                + URLEncoder.encode(prefix, StandardCharsets.UTF_8)).bearerAuth(f.staff()), byte[].class);
        assertThat(response.getContentType().orElseThrow().toString()).startsWith("application/vnd.openxmlformats");
        assertThat(response.header("Content-Disposition")).contains("filename*=UTF-8''");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("项目名称");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellText(1)).isEqualTo(prefix + "丙");
            assertThat(rows.get(1).getCellText(2)).isEqualTo("政策评价");
            assertThat(rows.get(1).getCellText(5)).isEqualTo("待选定机构");
        }
        HttpResponse<byte[]> own = http.toBlocking().exchange(HttpRequest.GET("/api/engagements/export").bearerAuth(agencyToken)
                .header("Accept-Language", "en"), byte[].class);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(own.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Title");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellText(1)).isEqualTo(prefix + "乙");
        }
    }
}
