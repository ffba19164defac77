package gov.bureau.portal.credit;

import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestDatabase;
import gov.bureau.portal.support.Users;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The forecast against a hand-computed ledger (DOMAIN.md §12, API.md "Selection integrity"). */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class CreditForecastTest extends IntegrationTest {

    private static long event(long agencyId, String type, int points, LocalDate effectiveOn, LocalDate expiresOn) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement("INSERT INTO credit_event (agency_id, type_code, "
                + "type_name_zh, type_name_en, points, validity_months, source, types_version_id, status, proposed_on, "
                + "objection_deadline, effective_on, expires_on, proposed_by_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 12, "
                + "'INSPECTION', (SELECT MIN(id) FROM rule_version WHERE rule_key = 'credit.event-types'), 'EFFECTIVE', ?, ?, ?, ?, 'test', NOW(6), NOW(6))",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, agencyId);
            s.setString(2, type);
            s.setString(3, "名称" + type);
            s.setString(4, "Name " + type);
            s.setInt(5, points);
            s.setDate(6, Date.valueOf(effectiveOn));
            s.setDate(7, Date.valueOf(effectiveOn));
            s.setDate(8, Date.valueOf(effectiveOn));
            s.setDate(9, Date.valueOf(expiresOn));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String grade(Map<String, Object> bands, int score) {
        return score >= ((Number) bands.get("minA")).intValue() ? "A" : score >= ((Number) bands.get("minB")).intValue() ? "B"
                : score >= ((Number) bands.get("minC")).intValue() ? "C" : "D";
    }

    @Test
    void theScoreOnAFutureDayDropsTheEventsThatExpireByThen() throws Exception {
        CreditFixtures.TestAgency a = CreditFixtures.agency(api);
        CreditFixtures.TestAgency other = CreditFixtures.agency(api);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        long late = event(a.id(), "LATE_SUBMISSION", -5, today.minusDays(30), today.plusDays(60));
        long good = event(a.id(), "COMMENDATION", 3, today.minusDays(10), today.plusDays(400));
        long bad = event(a.id(), "REPORT_RETURNED_REPEATEDLY", -10, today.minusDays(100), today.plusDays(10));
        event(a.id(), "COMMENDATION", 2, today.minusDays(400), today.minusDays(1)); // expired already: never listed

        String staff = Users.tokenFor(api, unique("fc"), "STAFF");
        Map<String, Object> bands = (Map<String, Object>) ((Map<String, Object>) api.get(staff, "/api/rules/credit.bands").get("content"));
        int base = ((Number) bands.get("base")).intValue();

        Response now = api.get(staff, "/api/agencies/" + a.id() + "/credit/forecast");
        assertThat(now.status()).as(now.toString()).isEqualTo(200);
        assertThat(now.get("score")).isEqualTo(Math.max(0, Math.min(100, base - 5 + 3 - 10)));
        assertThat(now.get("grade")).isEqualTo(grade(bands, Math.max(0, Math.min(100, base - 12))));
        assertThat(((List<Object>) now.get("expiring"))).isEmpty();

        Response in30 = api.get(staff, "/api/agencies/" + a.id() + "/credit/forecast?on=" + today.plusDays(30));
        assertThat(in30.get("score")).isEqualTo(Math.max(0, Math.min(100, base - 5 + 3)));
        assertThat(in30.get("grade")).isEqualTo(grade(bands, Math.max(0, Math.min(100, base - 2))));
        assertThat((List<Map<String, Object>>) in30.get("expiring")).singleElement().satisfies(e -> {
            assertThat(((Number) e.get("eventId")).longValue()).isEqualTo(bad);
            assertThat(e.get("expiresOn")).isEqualTo(today.plusDays(10).toString());
            assertThat(e.get("points")).isEqualTo(-10);
            // named as recorded, for the page to say what expires
            assertThat(e.get("typeNameZh")).isEqualTo("名称REPORT_RETURNED_REPEATEDLY");
            assertThat(e.get("typeNameEn")).isEqualTo("Name REPORT_RETURNED_REPEATEDLY");
        });

        // on the day an event expires it no longer counts
        Response onExpiry = api.get(a.token(), "/api/agencies/" + a.id() + "/credit/forecast?on=" + today.plusDays(60));
        assertThat(onExpiry.status()).as("the agency sees its own").isEqualTo(200);
        assertThat(onExpiry.get("score")).isEqualTo(Math.max(0, Math.min(100, base + 3)));
        assertThat((List<Map<String, Object>>) onExpiry.get("expiring")).extracting(e -> ((Number) e.get("eventId")).longValue())
                .containsExactly(bad, late);
        Response dayBefore = api.get(a.token(), "/api/agencies/" + a.id() + "/credit/forecast?on=" + today.plusDays(59));
        assertThat(dayBefore.get("score")).isEqualTo(Math.max(0, Math.min(100, base - 5 + 3)));

        Response later = api.get(staff, "/api/agencies/" + a.id() + "/credit/forecast?on=" + today.plusDays(400));
        assertThat(later.get("score")).isEqualTo(Math.max(0, Math.min(100, base)));
        assertThat((List<Map<String, Object>>) later.get("expiring")).extracting(e -> ((Number) e.get("eventId")).longValue())
                .containsExactly(bad, late, good);

        // another agency: 404; a past day: 422 on "on"; not a date: 400
        assertThat(api.get(other.token(), "/api/agencies/" + a.id() + "/credit/forecast").status()).isEqualTo(404);
        Response past = api.get(staff, "/api/agencies/" + a.id() + "/credit/forecast?on=" + today.minusDays(1));
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.errorFields()).containsExactly("on");
        assertThat(api.get(staff, "/api/agencies/" + a.id() + "/credit/forecast?on=tomorrow").status()).isEqualTo(400);
    }
}
