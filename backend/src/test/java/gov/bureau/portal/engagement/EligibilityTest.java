package gov.bureau.portal.engagement;

import gov.bureau.portal.agency.CreditGrade;
import gov.bureau.portal.engagement.Eligibility.Candidate;
import gov.bureau.portal.engagement.Eligibility.Exclusion;
import gov.bureau.portal.engagement.Eligibility.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityTest {

    private static final EligibilityRules.Options DEFAULTS = new EligibilityRules().defaults();

    private static Candidate ok(long id) {
        return new Candidate(id, "机构" + id, "APPROVED", CreditGrade.B, false, Set.of(), 0, Set.of());
    }

    private static Outcome apply(List<Candidate> candidates, EligibilityRules.Options options, Set<Long> declined) {
        return Eligibility.apply(candidates, "某市教育局", List.of("某区第一中学", "某区第二中学"), declined, options);
    }

    @Test
    void everyExclusionCarriesItsReason() {
        List<Candidate> pool = List.of(
                ok(1),
                new Candidate(2, "b", "SUSPENDED", CreditGrade.A, false, Set.of(), 0, Set.of()),
                new Candidate(3, "c", "WITHDRAWN", CreditGrade.A, false, Set.of(), 0, Set.of()),
                new Candidate(4, "d", "APPROVED", CreditGrade.A, true, Set.of(), 0, Set.of()),
                new Candidate(5, "e", "APPROVED", CreditGrade.D, false, Set.of(), 0, Set.of()),
                new Candidate(6, "f", "APPROVED", CreditGrade.A, false, Set.of("某市教育局"), 0, Set.of()),
                new Candidate(7, "g", "APPROVED", CreditGrade.A, false, Set.of("某区第二中学"), 0, Set.of()),
                new Candidate(8, "h", "APPROVED", CreditGrade.C, false, Set.of(), 3, Set.of()),
                ok(9),
                new Candidate(10, "j", "APPROVED", CreditGrade.C, false, Set.of(), 2, Set.of("某区第一中学")));
        Outcome outcome = apply(pool, DEFAULTS, Set.of(9L));
        assertThat(outcome.eligibleIds()).containsExactly(1L, 10L);
        assertThat(outcome.excluded()).containsExactly(
                new Exclusion(2, "SUSPENDED", null),
                new Exclusion(3, "NOT_APPROVED", "WITHDRAWN"),
                new Exclusion(4, "BLACKLISTED", null),
                new Exclusion(5, "GRADE_BELOW_MINIMUM", "D"),
                new Exclusion(6, "INTEREST_RELATIONSHIP", "某市教育局"),
                new Exclusion(7, "INTEREST_RELATIONSHIP", "某区第二中学"),
                new Exclusion(8, "TOO_MANY_IN_PROGRESS", "3"),
                new Exclusion(9, "DECLINED", null));
    }

    @Test
    void theMinimumGradeIsARule() {
        List<Candidate> pool = List.of(
                new Candidate(1, "a", "APPROVED", CreditGrade.A, false, Set.of(), 0, Set.of()),
                new Candidate(2, "b", "APPROVED", CreditGrade.B, false, Set.of(), 0, Set.of()),
                new Candidate(3, "c", "APPROVED", CreditGrade.C, false, Set.of(), 0, Set.of()));
        assertThat(apply(pool, DEFAULTS, Set.of()).eligibleIds()).containsExactly(1L, 2L, 3L);
        EligibilityRules.Options strict = new EligibilityRules.Options(CreditGrade.B, true, 3, false);
        Outcome outcome = apply(pool, strict, Set.of());
        assertThat(outcome.eligibleIds()).containsExactly(1L, 2L);
        assertThat(outcome.excluded()).containsExactly(new Exclusion(3, "GRADE_BELOW_MINIMUM", "C"));
    }

    @Test
    void theLimitOfWorkInProgressAndRotationAreOptional() {
        List<Candidate> pool = List.of(
                new Candidate(1, "a", "APPROVED", CreditGrade.A, false, Set.of(), 7, Set.of("某区第一中学")),
                new Candidate(2, "b", "APPROVED", CreditGrade.A, false, Set.of(), 2, Set.of("别的单位")));
        EligibilityRules.Options off = new EligibilityRules.Options(CreditGrade.C, false, 3, false);
        assertThat(apply(pool, off, Set.of()).eligibleIds()).containsExactly(1L, 2L);
        EligibilityRules.Options rotation = new EligibilityRules.Options(CreditGrade.C, false, 3, true);
        Outcome outcome = apply(pool, rotation, Set.of());
        assertThat(outcome.eligibleIds()).containsExactly(2L);
        assertThat(outcome.excluded()).containsExactly(new Exclusion(1, "ROTATION", "某区第一中学"));
        EligibilityRules.Options limit = new EligibilityRules.Options(CreditGrade.C, true, 2, false);
        assertThat(apply(pool, limit, Set.of()).excluded()).extracting(Exclusion::agencyId).containsExactly(1L, 2L);
    }

    @Test
    void unitNamesMatchRegardlessOfWidthSpacesAndCase() {
        List<Candidate> pool = List.of(new Candidate(1, "a", "APPROVED", CreditGrade.A, false, Set.of(" 某市 教育局 "), 0, Set.of()),
                new Candidate(2, "b", "APPROVED", CreditGrade.A, false, Set.of("ＡＢＣ学校"), 0, Set.of()));
        Outcome outcome = Eligibility.apply(pool, "某市教育局", List.of("abc学校"), Set.of(), DEFAULTS);
        assertThat(outcome.eligibleIds()).isEmpty();
        assertThat(outcome.excluded()).extracting(Exclusion::reason).containsOnly("INTEREST_RELATIONSHIP");
    }

    @Test
    void aProcurementResultIsBoundOnlyByTheBlacklistAndInterestRelationships() {
        List<String> evaluated = List.of("某区第一中学", "某区第二中学");
        assertThat(Eligibility.procurementExclusion(1, false, Set.of(), "某市教育局", evaluated)).isEmpty();
        assertThat(Eligibility.procurementExclusion(1, false, null, "某市教育局", evaluated)).isEmpty();
        assertThat(Eligibility.procurementExclusion(2, true, Set.of("某市教育局"), "某市教育局", evaluated))
                .contains(new Exclusion(2, "BLACKLISTED", null));
        assertThat(Eligibility.procurementExclusion(3, false, Set.of("别的单位", "某市 教育局"), "某市教育局", evaluated))
                .contains(new Exclusion(3, "INTEREST_RELATIONSHIP", "某市教育局"));
        assertThat(Eligibility.procurementExclusion(4, false, Set.of("某区第二中学"), "某市教育局", evaluated))
                .contains(new Exclusion(4, "INTEREST_RELATIONSHIP", "某区第二中学"));
        // grade, work in progress and rotation are the draw's and merit's rules, not the law's choice
        Candidate weak = new Candidate(5, "e", "APPROVED", CreditGrade.D, false, Set.of(), 9, Set.of("某区第一中学"));
        assertThat(apply(List.of(weak), new EligibilityRules.Options(CreditGrade.C, true, 3, true), Set.of()).eligibleIds()).isEmpty();
        assertThat(Eligibility.procurementExclusion(weak.agencyId(), weak.blacklisted(), weak.interestUnits(), "某市教育局", evaluated))
                .isEmpty();
    }

    @Test
    void theOrderIsByAgencyIdWhateverTheInputOrder() {
        Outcome outcome = apply(List.of(ok(30), ok(4), ok(17)), DEFAULTS, Set.of());
        assertThat(outcome.eligibleIds()).containsExactly(4L, 17L, 30L);
    }
}
