package gov.bureau.portal.credit;

import gov.bureau.portal.credit.CreditFixtures.TestAgency;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The credit records keep people's words and codes, never fixed texts in one language: an upheld
 * objection's withdrawal keeps the ADMIN's comment as it was written, a superseded acceptance result
 * is flagged (the screens put it into words), and results published by the system say so by a flag.
 */
@MicronautTest(transactional = false)
class CreditTextsTest extends IntegrationTest {

    @Inject
    CreditStandings standings;
    @Inject
    CreditResults results;

    private String admin;
    private String staff;

    @BeforeAll
    void tokens() {
        admin = Users.adminToken(api);
        staff = Users.tokenFor(api, unique("ctx"), "STAFF");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> event(Response credit, long id) {
        return ((List<Map<String, Object>>) credit.get("events")).stream()
                .filter(e -> ((Number) e.get("id")).longValue() == id).findFirst().orElseThrow();
    }

    @Test
    void anUpheldObjectionKeepsTheAdminsCommentAsTheReason() {
        TestAgency a = CreditFixtures.agency(api);
        long id = api.post(staff, "/api/credit-events", Map.of("agencyId", a.id(), "type", "LATE_SUBMISSION", "evidence", "逾期 3 天")).id();
        long objection = api.post(a.token(), "/api/credit-events/" + id + "/objections", Map.of("reason", "已申请延期")).id();
        api.post(admin, "/api/objections/" + objection + "/decision", Map.of("outcome", "UPHELD", "comment", "延期申请已获批准"));

        Map<String, Object> e = event(api.get(a.token(), "/api/agencies/" + a.id() + "/credit"), id);
        assertThat(e).containsEntry("status", "WITHDRAWN").containsEntry("withdrawalReason", "延期申请已获批准")
                .containsEntry("superseded", false);
        assertThat(CreditFixtures.queryString("SELECT withdrawal_reason FROM credit_event WHERE id = " + id)).isEqualTo("延期申请已获批准");
    }

    @Test
    void aSupersededResultAndTheObjectionItClosedCarryAFlagNotAText() {
        TestAgency a = CreditFixtures.agency(api);
        long engagement = System.nanoTime() % 1_000_000_000L;
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        standings.recordAcceptance(Actor.SYSTEM, a.id(), engagement, "PASS", today);
        @SuppressWarnings("unchecked")
        long first = ((List<Map<String, Object>>) api.get(a.token(), "/api/agencies/" + a.id() + "/credit").get("events")).stream()
                .map(e -> ((Number) e.get("id")).longValue()).findFirst().orElseThrow();
        long objection = api.post(a.token(), "/api/credit-events/" + first + "/objections", Map.of("reason", "评分有误")).id();
        standings.recordAcceptance(Actor.SYSTEM, a.id(), engagement, "GOOD", today);

        Map<String, Object> e = event(api.get(a.token(), "/api/agencies/" + a.id() + "/credit"), first);
        assertThat(e).containsEntry("status", "WITHDRAWN").containsEntry("superseded", true).containsEntry("withdrawalReason", null);
        Response closed = api.get(admin, "/api/objections/" + objection);
        assertThat(closed.json()).containsEntry("status", "UPHELD").containsEntry("superseded", true).containsEntry("decisionComment", null);
        assertThat(CreditFixtures.queryString("SELECT withdrawal_reason FROM credit_event WHERE id = " + first)).isEqualTo("SUPERSEDED");
        assertThat(CreditFixtures.queryString("SELECT decision_comment FROM credit_objection WHERE id = " + objection)).isEqualTo("SUPERSEDED");
    }

    /** A year without published results (the shared test database keeps earlier runs' years). */
    private int freeYear() {
        int year = 2000;
        while (results.find(year).isPresent()) {
            year++;
        }
        return year;
    }

    @Test
    void resultsPublishedByTheSystemSaySoByAFlag() {
        int year = freeYear();
        CreditViews.Publication automatic = results.publish(Actor.SYSTEM, year, null);
        assertThat(automatic.automatic()).isTrue();
        assertThat(automatic.note()).isNull();
        assertThat(api.get(null, "/api/public/credit-results").list()).map(p -> (Map<?, ?>) p)
                .filteredOn(p -> ((Number) p.get("year")).intValue() == year).singleElement()
                .satisfies(p -> assertThat(p.get("automatic")).isEqualTo(true));

        Response byHand = api.post(admin, "/api/credit-results", Map.of("year", freeYear(), "note", "年度结果"));
        assertThat(byHand.status()).as(byHand.toString()).isEqualTo(201);
        assertThat(byHand.json()).containsEntry("automatic", false).containsEntry("note", "年度结果");
    }
}
