package gov.bureau.portal.common;

import gov.bureau.portal.agency.AgencyStatus;
import gov.bureau.portal.support.AgencyRows;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestCodes;
import gov.bureau.portal.support.TestDatabase;
import gov.bureau.portal.support.Users;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists answer in bounded time at any size (issue 9): a page counts at most 10,000 matches and says
 * so, no page lies deeper than the first 10,000 rows (a clear 400 on page), and a sort reads one index
 * in one direction: ties follow the sort's direction, sorts by type or status continue by name.
 */
@MicronautTest(transactional = false)
class ListBoundsTest extends IntegrationTest {

    private String staff;

    @BeforeAll
    void token() {
        staff = Users.tokenFor(api, unique("lbs"), "STAFF");
    }

    @Test
    void aPageBeyondTheFirstTenThousandRowsIsRefusedWithAClearError() {
        for (String path : List.of("/api/engagements?page=500&size=20", "/api/credit-events?page=100&size=100",
                "/api/agencies?page=1000&size=10", "/api/credit-standings?page=500", "/api/public/agencies?page=500")) {
            Response r = path.startsWith("/api/public") ? api.get(null, path) : api.get(staff, path);
            assertThat(r.status()).as(path + ": " + r).isEqualTo(400);
            assertThat(r.errorFields()).as(path).containsExactly("page");
            assertThat(r.toString()).as(path).contains("10,000");
        }
        for (String path : List.of("/api/engagements?page=499&size=20", "/api/credit-events?page=99&size=100",
                "/api/agencies?page=999&size=10")) {
            assertThat(api.get(staff, path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void everySortOfEveryListAnswersInBothDirections() {
        Map<String, List<String>> sorts = Map.of(
                "/api/agencies", List.of("name", "uscc", "agencyType", "status", "registeredAt", "submittedAt", "updatedAt", "grade"),
                "/api/public/agencies", List.of("name", "agencyType", "grade", "status"),
                "/api/credit-standings", List.of("score", "grade", "name", "uscc", "agencyType"),
                "/api/credit-events", List.of("proposedOn", "effectiveOn", "expiresOn", "points", "type", "agencyName", "status", "id"),
                "/api/engagements", List.of("createdAt", "title", "fee", "plannedStart", "plannedEnd", "deadline", "state", "id"),
                "/api/objections", List.of("submittedAt", "decidedAt", "status", "agencyName"),
                "/api/blacklist", List.of("startOn", "until", "agencyName"));
        sorts.forEach((list, names) -> names.forEach(name -> {
            for (String sort : List.of(name, name + ",desc")) {
                Response r = api.get(list.startsWith("/api/public") ? null : staff, list + "?sort=" + sort);
                assertThat(r.status()).as(list + "?sort=" + sort + ": " + r).isEqualTo(200);
            }
        }));
    }

    @Test
    void aLongLedgerIsCountedUpToTenThousandAndSaysSo() throws SQLException {
        long agency = insertAgency(unique("长台账机构"), "APPROVED");
        insertEvents(agency, 10_005);

        Response list = api.get(staff, "/api/credit-events?agencyId=" + agency);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json()).containsEntry("totalElements", 10_000).containsEntry("capped", true);
        assertThat((List<?>) list.get("content")).hasSize(20);

        Response record = api.get(staff, "/api/agencies/" + agency + "/credit");
        assertThat(record.status()).as(record.toString()).isEqualTo(200);
        assertThat(record.json()).containsEntry("eventsTotal", 10_000).containsEntry("eventsCapped", true);
        assertThat((List<?>) record.get("events")).hasSize(20);

        Response few = api.get(staff, "/api/credit-events?agencyId=" + agency + "&type=COMMENDATION");
        assertThat(few.json()).containsEntry("totalElements", 5).containsEntry("capped", false);
    }

    @Test
    void tiesFollowTheSortsDirectionAndTypeOrStatusSortsContinueByName() throws SQLException {
        String prefix = unique("同名排序");
        List<Long> same = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            same.add(insertAgency(prefix + "机构", "APPROVED"));
        }
        String q = "&q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8);
        assertThat(ids(api.get(staff, "/api/agencies?sort=name" + q))).containsExactlyElementsOf(same);
        List<Long> reversed = new ArrayList<>(same);
        java.util.Collections.reverse(reversed);
        assertThat(ids(api.get(staff, "/api/agencies?sort=name,desc" + q))).containsExactlyElementsOf(reversed);

        String other = unique("状态排序");
        long b = insertAgency(other + "B", "APPROVED");
        long c = insertAgency(other + "C", "SUBMITTED");
        long a = insertAgency(other + "A", "APPROVED");
        String q2 = "&q=" + URLEncoder.encode(other, StandardCharsets.UTF_8);
        assertThat(ids(api.get(staff, "/api/agencies?sort=status" + q2))).containsExactly(a, b, c);
        assertThat(ids(api.get(staff, "/api/agencies?sort=status,desc" + q2))).containsExactly(c, b, a);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return ((List<Map<String, Object>>) r.get("content")).stream().map(m -> ((Number) m.get("id")).longValue()).toList();
    }

    private static long insertAgency(String name, String status) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            return AgencyRows.insert(c, name, TestCodes.uscc(), AgencyStatus.valueOf(status));
        }
    }

    /** {@code n} expired late-submission events (the last five commendations), written in one statement. */
    private static void insertEvents(long agency, int n) throws SQLException {
        try (Connection c = TestDatabase.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TEMPORARY TABLE digits (d INT PRIMARY KEY)");
            st.execute("INSERT INTO digits VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)");
            st.execute("CREATE TEMPORARY TABLE digits2 AS SELECT d FROM digits");
            st.execute("CREATE TEMPORARY TABLE digits3 AS SELECT d FROM digits");
            st.execute("CREATE TEMPORARY TABLE digits4 AS SELECT d FROM digits");
            st.execute("CREATE TEMPORARY TABLE digits5 AS SELECT d FROM digits");
            st.executeUpdate("INSERT INTO credit_event (agency_id, type_code, type_name_zh, type_name_en, points, validity_months, "
                    + "source, types_version_id, evidence, status, proposed_on, objection_deadline, effective_on, expires_on, "
                    + "proposed_by_name, created_at, updated_at) "
                    + "SELECT " + agency + ", IF(n < 5, 'COMMENDATION', 'LATE_SUBMISSION'), IF(n < 5, '财政部门通报表扬', '逾期提交'), "
                    + "IF(n < 5, 'Commendation', 'Late'), IF(n < 5, 2, -2), 12, IF(n < 5, 'COMMENDATION', 'DEADLINE'), "
                    + "(SELECT MAX(id) FROM rule_version WHERE rule_key = 'credit.event-types'), '测试', 'EFFECTIVE', "
                    + "DATE '2020-01-01' + INTERVAL (n % 300) DAY, DATE '2020-01-11' + INTERVAL (n % 300) DAY, "
                    + "DATE '2020-01-12' + INTERVAL (n % 300) DAY, DATE '2021-01-12' + INTERVAL (n % 300) DAY, 'test', "
                    + "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) "
                    + "FROM (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d AS n "
                    + "FROM digits a, digits2 b, digits3 c, digits4 e, digits5 f) s WHERE n < " + n);
        }
    }
}
