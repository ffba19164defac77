package gov.bureau.portal.dashboard;

import gov.bureau.portal.engagement.EngagementFixtures;
import gov.bureau.portal.engagement.EngagementFixtures.Agency;
import gov.bureau.portal.engagement.OverdueJob;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/dashboard counts what the other areas recorded. The database is shared with other tests,
 * so each figure is compared before and after this test's own engagements and agencies.
 */
@MicronautTest(transactional = false)
class DashboardApiTest extends IntegrationTest {

    @Inject
    OverdueJob overdueJob;

    private EngagementFixtures f;

    @BeforeAll
    void fixtures() {
        f = new EngagementFixtures(api, unique("dsh"));
    }

    private Response dashboard() {
        Response r = api.get(f.staff(), "/api/dashboard");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    @SuppressWarnings("unchecked")
    private static long count(Response r, String list, String key) {
        return ((List<Map<String, Object>>) r.get(list)).stream().filter(c -> key.equals(c.get("key")))
                .mapToLong(c -> ((Number) c.get("count")).longValue()).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static long nested(Response r, String object, String list, String key) {
        return ((List<Map<String, Object>>) ((Map<String, Object>) r.get(object)).get(list)).stream()
                .filter(c -> key.equals(c.get("key"))).mapToLong(c -> ((Number) c.get("count")).longValue()).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal month(Response r, String field) {
        String current = YearMonth.now().toString();
        return ((List<Map<String, Object>>) r.get("feesByMonth")).stream().filter(m -> current.equals(m.get("month")))
                .map(m -> new BigDecimal(String.valueOf(m.get(field)))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static long field(Response r, String object, String name) {
        return ((Number) ((Map<String, Object>) r.get(object)).get(name)).longValue();
    }

    @Test
    void theFiguresFollowWhatTheOtherAreasRecorded() throws Exception {
        Response before = dashboard();

        Agency scored = EngagementFixtures.approvedAgency(unique("统计机构"));
        String token = f.agencyToken(scored.id());
        long accepted = f.reportApproved(unique("统计已验收"), scored, token);
        f.assess(f.staff(), accepted, 14, 13, 18, 20, 20); // 85: GOOD, payable 95,000.00
        assertThat(api.post(f.staff(), "/api/engagements/" + accepted + "/payments",
                Map.of("amount", "30000.00", "paidOn", LocalDate.now().toString(), "reference", "首期")).status()).isEqualTo(201);

        long late = f.create(unique("统计逾期"));
        f.merit(late, scored.id());
        f.confirm(late, token); // ACCEPTED_BY_AGENCY: the plan is due
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement("UPDATE engagement SET deadline = ? WHERE id = ?")) {
            s.setObject(1, LocalDate.now().minusDays(3));
            s.setLong(2, late);
            s.executeUpdate();
        }
        overdueJob.flag();
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement("INSERT INTO agency_certificate (person_id, agency_id, cert_type, cert_number, expires_on) "
                     + "VALUES (?, ?, '资产评估师', 'ZC-2026-01', ?)")) {
            s.setLong(1, scored.leadId());
            s.setLong(2, scored.id());
            s.setObject(3, LocalDate.now().plusDays(5));
            s.executeUpdate();
        }

        Response after = dashboard();
        assertThat(after.get("asOf")).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
        assertThat(count(after, "agenciesByStatus", "APPROVED")).isEqualTo(count(before, "agenciesByStatus", "APPROVED") + 1);
        assertThat(count(after, "agenciesByGrade", "B")).isEqualTo(count(before, "agenciesByGrade", "B") + 1); // 80 + 1
        assertThat(count(after, "engagementsByState", "ACCEPTED")).isEqualTo(count(before, "engagementsByState", "ACCEPTED") + 1);
        assertThat(count(after, "engagementsByState", "ACCEPTED_BY_AGENCY"))
                .isEqualTo(count(before, "engagementsByState", "ACCEPTED_BY_AGENCY") + 1);
        assertThat(month(after, "contracted")).isEqualByComparingTo(month(before, "contracted").add(new BigDecimal("200000.00")));
        assertThat(month(after, "paid")).isEqualByComparingTo(month(before, "paid").add(new BigDecimal("30000.00")));
        assertThat(field(after, "overdue", "plans")).isEqualTo(field(before, "overdue", "plans") + 1);
        assertThat(field(after, "certificates", "expiring")).isEqualTo(field(before, "certificates", "expiring") + 1);
        assertThat(nested(after, "acceptanceScores", "bands", "80-89")).isEqualTo(nested(before, "acceptanceScores", "bands", "80-89") + 1);
        assertThat(nested(after, "acceptanceScores", "grades", "GOOD")).isEqualTo(nested(before, "acceptanceScores", "grades", "GOOD") + 1);
        assertThat(field(after, "acceptanceScores", "scored")).isEqualTo(field(before, "acceptanceScores", "scored") + 1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> months = (List<Map<String, Object>>) after.get("feesByMonth");
        assertThat(months).hasSize(12);
        assertThat(months.get(11).get("month")).isEqualTo(YearMonth.now().toString());
    }

    @Test
    void theNumberOfMonthsIsBounded() {
        assertThat(api.get(f.staff(), "/api/dashboard?months=3").json().get("feesByMonth")).asList().hasSize(3);
        Response none = api.get(f.staff(), "/api/dashboard?months=0");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.errorFields()).containsExactly("months");
        assertThat(api.get(f.staff(), "/api/dashboard?months=37").status()).isEqualTo(400);
    }
}
