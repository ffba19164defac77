package gov.bureau.portal.credit;

import gov.bureau.portal.credit.CreditFixtures.TestAgency;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency's credit record is bounded at any length of its ledger (issue 9): the standing and the
 * newest page of events, the count of them all, and the other pages through
 * GET /api/agencies/{id}/credit/events, for the bureau and for the agency itself only.
 */
@MicronautTest(transactional = false)
class CreditRecordPagingTest extends IntegrationTest {

    private String staff;
    private TestAgency agency;
    private final List<Long> proposed = new ArrayList<>();

    @BeforeAll
    void ledger() {
        staff = Users.tokenFor(api, unique("crp"), "STAFF");
        agency = CreditFixtures.agency(api);
        for (int i = 0; i < 25; i++) {
            Response r = api.post(staff, "/api/credit-events", Map.of("agencyId", agency.id(), "type",
                    i % 2 == 0 ? "LATE_SUBMISSION" : "COMMENDATION", "evidence", "第 " + i + " 次检查记录"));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            proposed.add(r.id());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Object events) {
        return ((List<Map<String, Object>>) events).stream().map(e -> ((Number) e.get("id")).longValue()).toList();
    }

    @Test
    void theRecordCarriesTheStandingAndTheNewestTwentyEventsWithTheirCount() {
        Response record = api.get(agency.token(), "/api/agencies/" + agency.id() + "/credit");
        assertThat(record.status()).as(record.toString()).isEqualTo(200);
        assertThat(record.json()).containsKeys("score", "grade", "blacklisted", "blacklistedUntil", "events")
                .containsEntry("eventsTotal", 25).containsEntry("eventsCapped", false)
                // proposals within their objection window do not count yet, and all 25 can be objected to
                .containsEntry("pointsInForce", 0).containsEntry("objectable", 25);
        assertThat(record.get("score")).isEqualTo(record.get("base"));
        List<Long> newest = new ArrayList<>(proposed.subList(5, 25));
        java.util.Collections.reverse(newest);
        assertThat(ids(record.get("events"))).containsExactlyElementsOf(newest);
    }

    @Test
    void theOtherEventsArePagedForTheBureauAndTheAgencyItself() {
        Set<Long> seen = new HashSet<>();
        for (String token : List.of(staff, agency.token())) {
            Response first = api.get(token, "/api/agencies/" + agency.id() + "/credit/events?size=10");
            Response last = api.get(token, "/api/agencies/" + agency.id() + "/credit/events?size=10&page=2");
            assertThat(first.status()).as(first.toString()).isEqualTo(200);
            assertThat(first.json()).containsEntry("totalElements", 25).containsEntry("page", 0).containsEntry("size", 10);
            assertThat(ids(last.get("content"))).containsExactly(proposed.get(4), proposed.get(3), proposed.get(2),
                    proposed.get(1), proposed.get(0));
            seen.addAll(ids(first.get("content")));
            seen.addAll(ids(last.get("content")));
        }
        assertThat(seen).hasSize(15);

        TestAgency other = CreditFixtures.agency(api);
        assertThat(api.get(other.token(), "/api/agencies/" + agency.id() + "/credit/events").status()).isEqualTo(404);
        assertThat(api.get(null, "/api/agencies/" + agency.id() + "/credit/events").status()).isEqualTo(401);
        assertThat(api.get(staff, "/api/agencies/999999999/credit/events").status()).isEqualTo(404);
        assertThat(api.get(staff, "/api/agencies/" + agency.id() + "/credit/events?page=-1").errorFields()).containsExactly("page");
    }

    @Test
    void aConfirmedEventShowsInTheStandingTheRecordReads() {
        TestAgency fresh = CreditFixtures.agency(api);
        Response r = api.post(staff, "/api/credit-events", Map.of("agencyId", fresh.id(), "type", "LATE_SUBMISSION",
                "evidence", "逾期提交工作方案"));
        // in force from today: the agency waived its window (a confirmation alone waits for the window's end)
        assertThat(api.post(fresh.token(), "/api/credit-events/" + r.id() + "/waiver", Map.of()).status()).isEqualTo(200);
        assertThat(api.post(Users.adminToken(api), "/api/credit-events/" + r.id() + "/confirmation", Map.of()).status()).isEqualTo(200);
        Response record = api.get(staff, "/api/agencies/" + fresh.id() + "/credit");
        assertThat(record.json()).containsEntry("pointsInForce", -2).containsEntry("eventsTotal", 1);
        assertThat(((Number) record.get("score")).intValue()).isEqualTo(((Number) record.get("base")).intValue() - 2);
    }
}
