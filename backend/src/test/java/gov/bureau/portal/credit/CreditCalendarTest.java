package gov.bureau.portal.credit;

import gov.bureau.portal.agency.CreditGrade;
import gov.bureau.portal.credit.CreditFixtures.TestAgency;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time passing: the objection window closes, a proposal comes into force by itself, events expire,
 * a blacklisting ends; the read model follows (on read and through the daily job). The portal's
 * clock is moved forward; each test moves it further, so they run in order.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CreditCalendarTest extends IntegrationTest {

    @Inject
    MovableClock clock;
    @Inject
    BureauClock bureauClock;
    @Inject
    CreditStandings standings;
    @Inject
    CreditJobs jobs;

    private String admin;
    private String staff;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("credit-test.movable-clock", "true");
    }

    @BeforeAll
    void tokens() {
        admin = Users.adminToken(api);
        staff = Users.tokenFor(api, unique("ccs"), "STAFF");
    }

    private long propose(TestAgency a, String type) {
        Response r = api.post(staff, "/api/credit-events", Map.of("agencyId", a.id(), "type", type, "evidence", "检查记录"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private Response credit(TestAgency a) {
        return api.get(a.token(), "/api/agencies/" + a.id() + "/credit");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> event(Response credit, long id) {
        return ((List<Map<String, Object>>) credit.get("events")).stream()
                .filter(e -> ((Number) e.get("id")).longValue() == id).findFirst().orElseThrow();
    }

    private String storedStatus(long eventId) {
        return CreditFixtures.queryString("SELECT status FROM credit_event WHERE id = " + eventId);
    }

    @Test
    @Order(1)
    void objectingAfterTheWindowIsRefusedAndTheProposalComesIntoForce() {
        TestAgency a = CreditFixtures.agency(api);
        TestAgency b = CreditFixtures.agency(api);
        long late = propose(a, "LATE_SUBMISSION");
        long other = propose(b, "REPORT_RETURNED_REPEATEDLY");
        LocalDate deadline = LocalDate.parse((String) event(credit(a), late).get("objectionDeadline"));

        clock.advanceDays(10); // the deadline day: still open
        assertThat(bureauClock.today()).isEqualTo(deadline);
        assertThat(event(credit(a), late)).containsEntry("objectionOpen", true).containsEntry("status", "PROPOSED");
        assertThat(standings.standing(a.id()).score()).isEqualTo(80);

        clock.advanceDays(1); // the day after: closed, and in force by itself
        Response late1 = api.post(a.token(), "/api/credit-events/" + late + "/objections", Map.of("reason", "太晚了"));
        assertThat(late1.status()).isEqualTo(409);
        assertThat(late1.code()).isEqualTo("OBJECTION_WINDOW_CLOSED");
        assertThat((String) late1.get("message")).contains(deadline.toString());
        assertThat(CreditFixtures.count("SELECT COUNT(*) FROM credit_objection WHERE event_id = " + late)).isZero();

        Response mine = credit(a);
        assertThat(mine.get("score")).isEqualTo(78);
        assertThat(event(mine, late)).containsEntry("status", "EFFECTIVE").containsEntry("inForce", true)
                .containsEntry("objectionOpen", false);
        // the read model row was stale by the calendar: reading it recomputes it
        assertThat(standings.standing(a.id()).score()).isEqualTo(78);
        assertThat(storedStatus(late)).isEqualTo("PROPOSED");

        CreditJobs.DailyRun run = jobs.daily();
        assertThat(run.cameIntoForce()).isGreaterThanOrEqualTo(2);
        assertThat(storedStatus(late)).isEqualTo("EFFECTIVE");
        assertThat(storedStatus(other)).isEqualTo("EFFECTIVE");
        assertThat(CreditFixtures.count("SELECT score FROM credit_standing WHERE agency_id = " + b.id())).isEqualTo(78);
        Response audit = api.get(admin, "/api/audit-log?entityType=CreditEvent&entityId=" + late + "&action=CREDIT_EVENT_EFFECTIVE");
        assertThat(audit.content()).hasSize(1);
    }

    @Test
    @Order(2)
    void eventsExpireAfterTheirValidity() {
        TestAgency a = CreditFixtures.agency(api);
        long praise = propose(a, "COMMENDATION");        // +2 for 12 months
        long obstruct = propose(a, "OBSTRUCTED_INSPECTION"); // -10 for 24 months
        for (long id : List.of(praise, obstruct)) {
            api.post(a.token(), "/api/credit-events/" + id + "/waiver", Map.of()); // in force from today
            api.post(admin, "/api/credit-events/" + id + "/confirmation", Map.of());
        }
        assertThat(standings.standing(a.id()).score()).isEqualTo(72);
        LocalDate praiseEnds = LocalDate.parse((String) event(credit(a), praise).get("expiresOn"));

        clock.advanceDays(java.time.temporal.ChronoUnit.DAYS.between(bureauClock.today(), praiseEnds) - 1);
        assertThat(standings.standing(a.id()).score()).isEqualTo(72);
        clock.advanceDays(1);
        Response mine = credit(a);
        assertThat(mine.get("score")).isEqualTo(70);
        assertThat(event(mine, praise)).containsEntry("status", "EXPIRED").containsEntry("inForce", false);
        assertThat(event(mine, obstruct)).containsEntry("status", "EFFECTIVE");
        jobs.daily();
        assertThat(CreditFixtures.count("SELECT score FROM credit_standing WHERE agency_id = " + a.id())).isEqualTo(70);
        assertThat(api.get(staff, "/api/credit-events?status=EXPIRED&agencyId=" + a.id()).content())
                .extracting(e -> ((Number) e.get("id")).longValue()).containsExactly(praise);

        clock.advanceDays(366);
        assertThat(standings.standing(a.id())).isEqualTo(new CreditStanding(a.id(), 80, CreditGrade.B, false, null));
    }

    @Test
    @Order(3)
    void aBlacklistingEndsWithItsPeriod() {
        TestAgency a = CreditFixtures.agency(api);
        LocalDate until = bureauClock.today().plusDays(5);
        Response listed = api.post(admin, "/api/agencies/" + a.id() + "/blacklist", Map.of("reason", "泄露保密信息", "until", until.toString(),
                "fileIds", List.of(CreditFixtures.evidenceFile(api, admin))));
        assertThat(listed.json()).containsEntry("blacklisted", true).containsEntry("blacklistedUntil", until.toString());
        clock.advanceDays(5);
        assertThat(standings.standing(a.id()).blacklisted()).isTrue();
        assertThat(api.get(null, "/api/public/blacklist?q=" + a.uscc()).content()).hasSize(1);
        clock.advanceDays(1);
        assertThat(credit(a).get("blacklisted")).isEqualTo(false);
        assertThat(api.get(null, "/api/public/blacklist?q=" + a.uscc()).content()).isEmpty();
        assertThat(api.get(staff, "/api/credit-standings?blacklisted=true&q=" + a.uscc()).content()).isEmpty();
        assertThat(standings.standing(a.id()).blacklisted()).isFalse();
    }

    @Test
    @Order(4)
    void aConfirmedProposalCountsFromTheEndOfItsWindow() {
        TestAgency a = CreditFixtures.agency(api);
        long id = propose(a, "OBSTRUCTED_INSPECTION"); // -10
        LocalDate effectiveOn = LocalDate.parse((String) event(credit(a), id).get("effectiveOn"));
        Response confirmed = api.post(admin, "/api/credit-events/" + id + "/confirmation", Map.of());
        assertThat(confirmed.json()).containsEntry("status", "PROPOSED").containsEntry("confirmedBy", "系统管理员")
                .containsEntry("effectiveOn", effectiveOn.toString());
        clock.advanceDays(java.time.temporal.ChronoUnit.DAYS.between(bureauClock.today(), effectiveOn) - 1);
        // the last day of the window: the agency may still object, nothing counts yet
        assertThat(event(credit(a), id)).containsEntry("objectionOpen", true).containsEntry("inForce", false);
        assertThat(standings.standing(a.id()).score()).isEqualTo(80);
        clock.advanceDays(1);
        assertThat(event(credit(a), id)).containsEntry("status", "EFFECTIVE").containsEntry("inForce", true);
        assertThat(standings.standing(a.id()).score()).isEqualTo(70);
        jobs.daily();
        assertThat(storedStatus(id)).isEqualTo("EFFECTIVE");
        assertThat(CreditFixtures.count("SELECT score FROM credit_standing WHERE agency_id = " + a.id())).isEqualTo(70);
    }

    @Test
    @Order(5)
    void listsAndTheDirectoryAreAsFreshAsTheCreditPages() {
        TestAgency a = CreditFixtures.agency(api);
        long id = propose(a, "OBSTRUCTED_INSPECTION"); // -10 from the end of its window: 80 B -> 70 C
        LocalDate effectiveOn = LocalDate.parse((String) event(credit(a), id).get("effectiveOn"));
        assertThat(api.get(null, "/api/public/agencies?q=" + a.uscc()).content().get(0)).containsEntry("creditGrade", "B");
        clock.advanceDays(java.time.temporal.ChronoUnit.DAYS.between(bureauClock.today(), effectiveOn));
        // the day has come and the daily job has not run: the stored row is stale
        assertThat(CreditFixtures.count("SELECT score FROM credit_standing WHERE agency_id = " + a.id())).isEqualTo(80);
        assertThat(api.get(null, "/api/public/agencies?q=" + a.uscc()).content().get(0)).containsEntry("creditGrade", "C");
        assertThat(api.get(null, "/api/public/agencies/" + a.id()).json()).containsEntry("creditGrade", "C");
        assertThat(api.get(staff, "/api/agencies?q=" + a.uscc()).content().get(0)).containsEntry("creditGrade", "C")
                .containsEntry("creditScore", 70);
        assertThat(api.get(staff, "/api/credit-standings?q=" + a.uscc()).content().get(0)).containsEntry("score", 70);
        assertThat(credit(a).json()).containsEntry("score", 70).containsEntry("grade", "C");
        assertThat(CreditFixtures.count("SELECT score FROM credit_standing WHERE agency_id = " + a.id())).isEqualTo(70);
    }

    @Test
    @Order(6)
    void theExportIsNamedAfterTheBureausDayNotTheServersClock() {
        TestAgency a = CreditFixtures.agency(api);
        propose(a, "LATE_SUBMISSION");
        Response xlsx = api.send(io.micronaut.http.HttpRequest.GET("/api/credit-events/export?agencyId=" + a.id())
                .accept(io.micronaut.http.MediaType.ALL_TYPE), staff);
        assertThat(xlsx.status()).isEqualTo(200);
        String disposition = xlsx.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("content-disposition"))
                .flatMap(h -> h.getValue().stream()).findFirst().orElseThrow();
        assertThat(bureauClock.today()).isNotEqualTo(LocalDate.now()); // the portal's clock has moved on
        assertThat(disposition).contains("-" + bureauClock.today() + ".xlsx").doesNotContain(LocalDate.now().toString());
    }
}
