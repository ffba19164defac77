package gov.bureau.portal.engagement;

import gov.bureau.portal.agency.CreditGrade;
import gov.bureau.portal.engagement.Eligibility.Candidate;
import gov.bureau.portal.engagement.Eligibility.Exclusion;
import gov.bureau.portal.engagement.HistoryConflicts.PastWork;
import gov.bureau.portal.engagement.HistoryConflicts.Subject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Conflicts from history (DOMAIN.md §12): earlier work on the project, a recent client among the evaluated units. */
class HistoryConflictsTest {

    private static final HistoryConflictRules.Options DEFAULTS = new HistoryConflictRules().defaults();
    private static final Subject SUBJECT = new Subject(List.of("2026年义务教育均衡发展专项"), List.of("某区教育局", "某区第一中学"),
            "某市财政局", 2026);

    @Test
    void theDefaultsCountExAnteAssessmentAndTargetReviewAtAnyTimeAndClientsForThreeYears() {
        assertThat(DEFAULTS.priorWorkTypes()).containsExactly(EngagementType.EX_ANTE_ASSESSMENT, EngagementType.TARGET_REVIEW);
        assertThat(DEFAULTS.priorWorkYears()).isZero();
        assertThat(DEFAULTS.clientYears()).isEqualTo(3);
        assertThat(new HistoryConflictRules().validate(DEFAULTS)).isEmpty();
        assertThat(new HistoryConflictRules().validate(new HistoryConflictRules.Options(true, true, -1, 31)))
                .extracting(p -> p.field()).containsExactly("content.priorWorkYears", "content.clientYears");
    }

    @Test
    void anAgencyThatAssessedOrReviewedTheProjectIsExcludedWhateverTheYear() {
        List<PastWork> history = List.of(
                new PastWork(1, EngagementType.EX_ANTE_ASSESSMENT, "某市财政局", "2026年义务教育均衡发展专项", 2019),
                new PastWork(2, EngagementType.TARGET_REVIEW, "某市财政局", " ２０２６年义务教育均衡发展专项 ", 2025), // width and spaces
                new PastWork(3, EngagementType.KEY_EVALUATION, "某市财政局", "2026年义务教育均衡发展专项", 2025), // not prior work
                new PastWork(4, EngagementType.EX_ANTE_ASSESSMENT, "某市财政局", "另一个项目", 2025),
                new PastWork(5, null, "某市财政局", "2026年义务教育均衡发展专项", 2025)); // a track record without a type
        Map<Long, Exclusion> found = HistoryConflicts.find(history, SUBJECT, DEFAULTS);
        assertThat(found).containsOnlyKeys(1L, 2L);
        assertThat(found.get(1L)).isEqualTo(new Exclusion(1, "PRIOR_WORK_ON_PROJECT", "2026年义务教育均衡发展专项 (2019)"));
        assertThat(found.get(2L).reason()).isEqualTo("PRIOR_WORK_ON_PROJECT");
    }

    @Test
    void theRuleTableDecidesWhichPriorWorkCountsAndForHowLong() {
        List<PastWork> history = List.of(
                new PastWork(1, EngagementType.EX_ANTE_ASSESSMENT, "某市财政局", "2026年义务教育均衡发展专项", 2019),
                new PastWork(2, EngagementType.TARGET_REVIEW, "某市财政局", "2026年义务教育均衡发展专项", 2025));
        assertThat(HistoryConflicts.find(history, SUBJECT, new HistoryConflictRules.Options(false, true, 0, 3))).containsOnlyKeys(2L);
        assertThat(HistoryConflicts.find(history, SUBJECT, new HistoryConflictRules.Options(true, true, 5, 3))).containsOnlyKeys(2L);
        assertThat(HistoryConflicts.find(history, SUBJECT, new HistoryConflictRules.Options(false, false, 0, 3))).isEmpty();
    }

    @Test
    void anEvaluatedUnitThatWasAClientInTheLastThreeYearsExcludesTheAgency() {
        List<PastWork> history = List.of(
                new PastWork(1, null, "某区教育局", "课后服务咨询", 2023), // 2026 − 3: still counts
                new PastWork(2, null, "某区教育局", "课后服务咨询", 2022), // too long ago
                new PastWork(3, EngagementType.KEY_EVALUATION, "某区第一中学", "食堂改造", 2026),
                new PastWork(4, null, "某市财政局", "预算评审", 2026), // a client, but not an evaluated unit
                new PastWork(5, null, "某区教育局", "信息化咨询", 2025),
                new PastWork(5, null, "某区教育局", "课后服务咨询", 2024));
        Map<Long, Exclusion> found = HistoryConflicts.find(history, SUBJECT, DEFAULTS);
        assertThat(found).containsOnlyKeys(1L, 3L, 5L);
        assertThat(found.get(1L)).isEqualTo(new Exclusion(1, "RECENT_CLIENT", "某区教育局 (2023)"));
        assertThat(found.get(5L)).isEqualTo(new Exclusion(5, "RECENT_CLIENT", "某区教育局 (2024)")); // the earliest year is named
        assertThat(HistoryConflicts.find(history, SUBJECT, new HistoryConflictRules.Options(true, true, 0, 0))).isEmpty();
        assertThat(HistoryConflicts.find(history, SUBJECT, new HistoryConflictRules.Options(true, true, 0, 4))).containsOnlyKeys(1L, 2L, 3L, 5L);
    }

    @Test
    void priorWorkOnTheProjectIsNamedBeforeAClientAndEligibilityPlacesBothAfterInterestRelationships() {
        List<PastWork> history = List.of(
                new PastWork(1, null, "某区教育局", "咨询", 2024),
                new PastWork(1, EngagementType.TARGET_REVIEW, "某市财政局", "2026年义务教育均衡发展专项", 2025));
        Map<Long, Exclusion> found = HistoryConflicts.find(history, SUBJECT, DEFAULTS);
        assertThat(found.get(1L).reason()).isEqualTo("PRIOR_WORK_ON_PROJECT");

        Map<Long, Exclusion> conflicts = Map.of(
                1L, new Exclusion(1, "RECENT_CLIENT", "某区教育局 (2024)"),
                2L, new Exclusion(2, "RECENT_CLIENT", "某区教育局 (2024)"),
                3L, new Exclusion(3, "PRIOR_WORK_ON_PROJECT", "x (2020)"),
                4L, new Exclusion(4, "RECENT_CLIENT", "某区教育局 (2024)"));
        List<Candidate> pool = List.of(
                new Candidate(1, "a", "APPROVED", CreditGrade.B, false, Set.of(), 0, Set.of()),
                new Candidate(2, "b", "APPROVED", CreditGrade.B, false, Set.of("某区第一中学"), 0, Set.of()), // interest comes first
                new Candidate(3, "c", "APPROVED", CreditGrade.B, false, Set.of(), 9, Set.of()), // the conflict before the workload
                new Candidate(4, "d", "APPROVED", CreditGrade.D, false, Set.of(), 0, Set.of()), // the grade before the conflict
                new Candidate(5, "e", "APPROVED", CreditGrade.B, false, Set.of(), 0, Set.of()));
        Eligibility.Outcome outcome = Eligibility.apply(pool, "某市财政局", SUBJECT.evaluatedUnits(), Set.of(),
                new EligibilityRules().defaults(), conflicts);
        assertThat(outcome.eligibleIds()).containsExactly(5L);
        assertThat(outcome.excluded()).extracting(Exclusion::reason)
                .containsExactly("RECENT_CLIENT", "INTEREST_RELATIONSHIP", "PRIOR_WORK_ON_PROJECT", "GRADE_BELOW_MINIMUM");
    }

    /** A review the bureau commissions of something of its own (自评复核 of its units): having worked for it is no conflict. */
    @Test
    void anEvaluatedUnitThatIsTheCommissioningUnitIsNotComparedWithClients() {
        Subject own = new Subject(List.of("市级预算单位绩效自评抽查复核"), List.of("某市财政局", "某区教育局"), "某市财政局", 2026);
        List<PastWork> history = List.of(
                new PastWork(1, EngagementType.KEY_EVALUATION, "某市财政局", "重点评价", 2025),
                new PastWork(2, null, "某区教育局", "咨询", 2025));
        assertThat(HistoryConflicts.find(history, own, DEFAULTS)).containsOnlyKeys(2L);
    }
}
