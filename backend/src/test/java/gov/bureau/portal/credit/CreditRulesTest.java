package gov.bureau.portal.credit;

import gov.bureau.portal.agency.CreditGrade;
import gov.bureau.portal.credit.CreditRules.BlacklistSpan;
import gov.bureau.portal.credit.CreditRules.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static gov.bureau.portal.credit.EventStatus.EFFECTIVE;
import static gov.bureau.portal.credit.EventStatus.OBJECTED;
import static gov.bureau.portal.credit.EventStatus.PROPOSED;
import static gov.bureau.portal.credit.EventStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DOMAIN.md §6: score, grade bands, expiry, the objection window, blacklist periods. */
class CreditRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    /** The score on a day: the base plus the points of the events in force then, clamped. */
    private static int score(int base, List<Fact> facts, LocalDate today) {
        return CreditRules.score(base, CreditRules.pointsInForce(facts, today));
    }

    private static Fact effective(int points, String from, String until) {
        return new Fact(EFFECTIVE, points, LocalDate.parse(from), LocalDate.parse(until));
    }

    @Test
    void aNewAgencyHasTheBase() {
        assertThat(score(80, List.of(), TODAY)).isEqualTo(80);
        assertThat(score(75, List.of(), TODAY)).isEqualTo(75);
    }

    @Test
    void effectiveUnexpiredEventsAddTheirPoints() {
        List<Fact> facts = List.of(effective(3, "2025-01-01", "2028-01-01"), effective(-2, "2026-01-10", "2027-01-10"),
                effective(1, "2024-05-01", "2027-05-01"));
        assertThat(score(80, facts, TODAY)).isEqualTo(82);
    }

    @ParameterizedTest(name = "{0} {1} pts, in force {2}..{3}: counts on 2026-06-15 = {4}")
    @CsvSource({
            "EFFECTIVE, -10, 2026-06-15, 2027-06-15, true",   // first day in force
            "EFFECTIVE, -10, 2026-06-16, 2027-06-16, false",  // not yet
            "EFFECTIVE, -10, 2023-06-15, 2026-06-15, false",  // expired on its expiry day
            "EFFECTIVE, -10, 2023-06-16, 2026-06-16, true",   // last day in force
            "PROPOSED, -2, 2026-06-15, 2027-06-15, true",     // window passed without objection: in force by itself
            "PROPOSED, -2, 2026-06-16, 2027-06-16, false",    // window still open
            "OBJECTED, -2, 2026-06-01, 2027-06-01, false",    // under objection: suspended
            "WITHDRAWN, -40, 2026-01-01, 2029-01-01, false",  // withdrawn never counts
            "EFFECTIVE, 0, 2026-01-01, 2029-01-01, true"})
    void whenAnEventCounts(EventStatus status, int points, LocalDate from, LocalDate until, boolean counts) {
        Fact fact = new Fact(status, points, from, until);
        assertThat(fact.inForce(TODAY)).isEqualTo(counts);
        assertThat(score(80, List.of(fact), TODAY)).isEqualTo(counts ? 80 + points : 80);
    }

    @ParameterizedTest(name = "base {0} + {1} = {2}")
    @CsvSource({"80, -40, 40", "80, -80, 0", "80, -81, 0", "80, -500, 0", "80, 20, 100", "80, 21, 100", "80, 300, 100",
            "0, -1, 0", "100, 1, 100", "100, -1, 99"})
    void theScoreIsClampedTo0And100(int base, int points, int expected) {
        List<Fact> facts = new ArrayList<>();
        int rest = points;
        while (rest != 0) { // in steps of at most 40, as real events are
            int step = Math.max(-40, Math.min(40, rest));
            facts.add(effective(step, "2026-01-01", "2027-01-01"));
            rest -= step;
        }
        assertThat(score(base, facts, TODAY)).isEqualTo(expected);
    }

    @Test
    void clampingAppliesToTheSumNotToEachStep() {
        // +30 then -30 from 80: 80 + 30 - 30 = 80, not min(100, 110) - 30 = 70
        assertThat(score(80, List.of(effective(30, "2026-01-01", "2027-01-01"),
                effective(-30, "2026-01-01", "2027-01-01")), TODAY)).isEqualTo(80);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"100, A", "90, A", "89, B", "75, B", "74, C", "60, C", "59, D", "0, D", "80, B"})
    void defaultBands(int score, CreditGrade grade) {
        assertThat(CreditBands.DEFAULT.grade(score)).isEqualTo(grade);
    }

    @ParameterizedTest(name = "bands {0}/{1}/{2}: {3} → {4}")
    @CsvSource({"95, 85, 70, 94, B", "95, 85, 70, 95, A", "95, 85, 70, 69, D", "95, 85, 70, 70, C", "60, 40, 20, 50, B"})
    void editedBands(int a, int b, int c, int score, CreditGrade grade) {
        assertThat(new CreditBands(80, a, b, c).grade(score)).isEqualTo(grade);
    }

    @Test
    void theBaseGradeFollowsBaseAndBands() {
        assertThat(CreditBands.DEFAULT.baseGrade()).isEqualTo(CreditGrade.B);
        assertThat(new CreditBands(90, 90, 75, 60).baseGrade()).isEqualTo(CreditGrade.A);
        assertThat(new CreditBands(70, 90, 75, 60).baseGrade()).isEqualTo(CreditGrade.C);
        assertThat(new CreditBands(80, 95, 85, 80).baseGrade()).isEqualTo(CreditGrade.C);
    }

    @ParameterizedTest(name = "proposed {0}, window {1} days, valid {2} months")
    @CsvSource({
            "2026-06-15, 10, 12, 2026-06-25, 2026-06-26, 2027-06-26",
            "2026-12-25, 10, 36, 2027-01-04, 2027-01-05, 2030-01-05",
            "2028-02-19, 10, 12, 2028-02-29, 2028-03-01, 2029-03-01",
            "2026-06-15, 1, 24, 2026-06-16, 2026-06-17, 2028-06-17"})
    void aProposalBecomesEffectiveTheDayAfterItsWindow(LocalDate proposed, int window, int months,
                                                        LocalDate deadline, LocalDate effective, LocalDate expires) {
        CreditRules.Schedule s = CreditRules.proposal(proposed, window, months);
        assertThat(s.objectionDeadline()).isEqualTo(deadline);
        assertThat(s.effectiveOn()).isEqualTo(effective);
        assertThat(s.expiresOn()).isEqualTo(expires);
        Fact fact = new Fact(PROPOSED, -2, s.effectiveOn(), s.expiresOn());
        assertThat(fact.inForce(deadline)).as("still open on the deadline").isFalse();
        assertThat(fact.inForce(effective)).isTrue();
        assertThat(fact.inForce(expires.minusDays(1))).isTrue();
        assertThat(fact.inForce(expires)).isFalse();
    }

    @Test
    void anEventInForceAtOnceStillHasAnObjectionWindow() {
        CreditRules.Schedule s = CreditRules.inForceFrom(LocalDate.of(2026, 3, 1), 10, 36);
        assertThat(s.effectiveOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(s.objectionDeadline()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(s.expiresOn()).isEqualTo(LocalDate.of(2029, 3, 1));
    }

    @ParameterizedTest(name = "deadline 2026-06-25, on {0}: open = {1}")
    @CsvSource({"2026-06-15, true", "2026-06-24, true", "2026-06-25, true", "2026-06-26, false", "2027-01-01, false"})
    void theObjectionWindowIncludesItsLastDay(LocalDate on, boolean open) {
        assertThat(CreditRules.objectionOpen(LocalDate.of(2026, 6, 25), on)).isEqualTo(open);
    }

    @Test
    void expiryIsByCalendarMonths() {
        assertThat(CreditRules.expiresOn(LocalDate.of(2024, 2, 29), 12)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(CreditRules.expiresOn(LocalDate.of(2026, 1, 31), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(CreditRules.expiresOn(LocalDate.of(2026, 6, 15), 36)).isEqualTo(LocalDate.of(2029, 6, 15));
        assertThatThrownBy(() -> CreditRules.expiresOn(TODAY, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditRules.objectionDeadline(TODAY, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}..{1} lifted {2}, on {3}: blacklisted = {4}")
    @CsvSource({
            "2026-01-01, 2028-12-31, , 2026-06-15, true",
            "2026-01-01, 2028-12-31, , 2028-12-31, true",   // the last day is still on the list
            "2026-01-01, 2028-12-31, , 2029-01-01, false",  // leaves the list when the period ends
            "2026-07-01, 2028-12-31, , 2026-06-15, false",  // not yet started
            "2026-01-01, 2028-12-31, 2026-06-15, 2026-06-15, false",  // credit repair takes effect the same day
            "2026-01-01, 2028-12-31, 2026-06-16, 2026-06-15, true"})
    void blacklistPeriods(LocalDate start, LocalDate until, LocalDate lifted, LocalDate on, boolean active) {
        assertThat(new BlacklistSpan(start, until, lifted).activeOn(on)).isEqualTo(active);
    }

    @Test
    void theDefaultBlacklistPeriodEndsTheDayBeforeTheAnniversary() {
        assertThat(CreditRules.blacklistUntil(LocalDate.of(2026, 6, 15), 36)).isEqualTo(LocalDate.of(2029, 6, 14));
    }

    @Test
    void aStandingCombinesScoreGradeAndBlacklist() {
        List<Fact> facts = List.of(effective(-40, "2026-06-01", "2029-06-01"));
        List<BlacklistSpan> spans = List.of(new BlacklistSpan(LocalDate.of(2026, 6, 1), LocalDate.of(2029, 5, 31), null),
                new BlacklistSpan(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31), null));
        CreditRules.Standing s = CreditRules.standing(CreditBands.DEFAULT, facts, spans, TODAY);
        assertThat(s.score()).isEqualTo(40);
        assertThat(s.pointsInForce()).isEqualTo(-40);
        assertThat(s.grade()).isEqualTo(CreditGrade.D);
        assertThat(s.blacklisted()).isTrue();
        assertThat(s.blacklistedUntil()).isEqualTo(LocalDate.of(2029, 5, 31));
        assertThat(s.changesOn()).isEqualTo(LocalDate.of(2029, 6, 1));

        CreditRules.Standing clean = CreditRules.standing(CreditBands.DEFAULT, List.of(), List.of(), TODAY);
        assertThat(clean).isEqualTo(new CreditRules.Standing(80, CreditGrade.B, 0, false, null, null));
        // the unclamped sum is kept for re-grading under a new base
        CreditRules.Standing low = CreditRules.standing(CreditBands.DEFAULT, List.of(effective(-40, "2026-01-01", "2029-01-01"),
                effective(-40, "2026-01-01", "2029-01-01"), effective(-20, "2026-01-01", "2029-01-01")), List.of(), TODAY);
        assertThat(low.score()).isZero();
        assertThat(low.pointsInForce()).isEqualTo(-100);
    }

    @Test
    void theNextChangeIsTheFirstFutureStartOrEnd() {
        List<Fact> facts = List.of(
                effective(3, "2025-01-01", "2028-01-01"),                                   // ends 2028-01-01
                new Fact(PROPOSED, -2, LocalDate.of(2026, 6, 20), LocalDate.of(2027, 6, 20)), // starts 06-20
                new Fact(OBJECTED, -2, LocalDate.of(2026, 6, 16), LocalDate.of(2027, 6, 16)), // suspended: no date
                new Fact(WITHDRAWN, -2, LocalDate.of(2026, 6, 16), LocalDate.of(2027, 6, 16)));
        assertThat(CreditRules.nextChange(facts, List.of(), TODAY)).contains(LocalDate.of(2026, 6, 20));
        assertThat(CreditRules.nextChange(facts, List.of(), LocalDate.of(2026, 6, 20))).contains(LocalDate.of(2027, 6, 20));
        assertThat(CreditRules.nextChange(facts, List.of(new BlacklistSpan(TODAY, LocalDate.of(2026, 6, 17), null)), TODAY))
                .contains(LocalDate.of(2026, 6, 18));
        assertThat(CreditRules.nextChange(List.of(effective(1, "2020-01-01", "2021-01-01")), List.of(), TODAY)).isEmpty();
        // a lifted blacklisting no longer schedules anything
        assertThat(CreditRules.nextChange(List.of(), List.of(new BlacklistSpan(TODAY, LocalDate.of(2027, 1, 1), TODAY)), TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0} in force {1}..{2}, on 2026-06-15: {3}")
    @CsvSource({
            "PROPOSED, 2026-06-16, 2027-06-16, PROPOSED",
            "PROPOSED, 2026-06-15, 2027-06-15, EFFECTIVE",
            "PROPOSED, 2023-01-01, 2024-01-01, EXPIRED",
            "EFFECTIVE, 2026-01-01, 2027-01-01, EFFECTIVE",
            "EFFECTIVE, 2023-06-15, 2026-06-15, EXPIRED",
            "OBJECTED, 2026-06-01, 2027-06-01, OBJECTED",
            "WITHDRAWN, 2026-06-01, 2027-06-01, WITHDRAWN"})
    void howAnEventReads(EventStatus status, LocalDate from, LocalDate until, EventDisplayStatus shown) {
        assertThat(CreditRules.displayStatus(status, from, until, TODAY)).isEqualTo(shown);
    }

    @Test
    void eventStatusesMoveOnlyAsWritten() {
        assertThat(PROPOSED.canMoveTo(OBJECTED)).isTrue();
        assertThat(PROPOSED.canMoveTo(EFFECTIVE)).isTrue();
        assertThat(OBJECTED.canMoveTo(EFFECTIVE)).isTrue();
        assertThat(OBJECTED.canMoveTo(PROPOSED)).isFalse();
        assertThat(EFFECTIVE.canMoveTo(OBJECTED)).isFalse();
        assertThat(EFFECTIVE.canMoveTo(WITHDRAWN)).isTrue();
        assertThat(WITHDRAWN.next()).isEmpty();
    }
}
