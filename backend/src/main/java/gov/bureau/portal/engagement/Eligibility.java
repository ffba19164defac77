package gov.bureau.portal.engagement;

import gov.bureau.portal.agency.CreditGrade;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which agencies may be chosen for an engagement by MERIT or DRAW (DOMAIN.md §4), with one reason for
 * each agency left out, and what still binds a PROCUREMENT result. Pure: the service gathers the
 * facts, this decides.
 */
public final class Eligibility {

    /** Why an agency was left out; the first that applies is given, in this order. */
    public enum Reason {
        /** not in the pool: registration not approved, or withdrawn */
        NOT_APPROVED,
        /** 暂停 */
        SUSPENDED,
        BLACKLISTED,
        GRADE_BELOW_MINIMUM,
        /** 回避: declared or known interest relationship with the commissioning or an evaluated unit */
        INTEREST_RELATIONSHIP,
        /** 回避 from history: it did the 事前绩效评估 or 绩效目标审核 of a project of this engagement ({@link HistoryConflicts}) */
        PRIOR_WORK_ON_PROJECT,
        /** 回避 from history: an evaluated unit was its client in the last years ({@link HistoryConflicts}) */
        RECENT_CLIENT,
        /** it declined this engagement before */
        DECLINED,
        TOO_MANY_IN_PROGRESS,
        /** it evaluated the same unit in the previous year */
        ROTATION
    }

    /** What selection knows of one agency of the pool. */
    @Serdeable
    public record Candidate(long agencyId, String name, String status, CreditGrade grade, boolean blacklisted,
                            Set<String> interestUnits, int inProgress, Set<String> unitsEvaluatedLastYear) {
    }

    /** One agency left out, with the reason and, where there is one, what it concerns (a unit's name). */
    @Serdeable
    public record Exclusion(long agencyId, String reason, @Nullable String detail) {
    }

    public record Outcome(List<Candidate> eligible, List<Exclusion> excluded) {
        public List<Long> eligibleIds() {
            return eligible.stream().map(Candidate::agencyId).toList();
        }
    }

    private Eligibility() {
    }

    /**
     * @param declined agencies that declined this engagement earlier
     * @return eligible candidates and exclusions, both in ascending agency id order
     */
    public static Outcome apply(Collection<Candidate> candidates, String commissioningUnit, Collection<String> evaluatedUnits,
                                Set<Long> declined, EligibilityRules.Options options) {
        return apply(candidates, commissioningUnit, evaluatedUnits, declined, options, Map.of());
    }

    /** As above, with the conflicts from history ({@link HistoryConflicts}), which count right after interest relationships. */
    public static Outcome apply(Collection<Candidate> candidates, String commissioningUnit, Collection<String> evaluatedUnits,
                                Set<Long> declined, EligibilityRules.Options options, Map<Long, Exclusion> history) {
        List<String> units = concerned(commissioningUnit, evaluatedUnits);
        Set<String> evaluated = evaluatedUnits.stream().map(Eligibility::normalise).collect(Collectors.toSet());
        List<Candidate> eligible = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        for (Candidate c : candidates.stream().sorted(Comparator.comparingLong(Candidate::agencyId)).toList()) {
            Exclusion exclusion = exclusion(c, units, evaluated, declined, options);
            Exclusion conflict = history.get(c.agencyId());
            if (conflict != null && (exclusion == null || Reason.valueOf(exclusion.reason()).ordinal() > Reason.RECENT_CLIENT.ordinal())) {
                exclusion = conflict; // the first reason in the order of Reason is given
            }
            if (exclusion == null) {
                eligible.add(c);
            } else {
                excluded.add(exclusion);
            }
        }
        return new Outcome(eligible, excluded);
    }

    private static Exclusion exclusion(Candidate c, List<String> units, Set<String> evaluated, Set<Long> declined,
                                       EligibilityRules.Options options) {
        if ("SUSPENDED".equals(c.status())) {
            return new Exclusion(c.agencyId(), Reason.SUSPENDED.name(), null);
        }
        if (!"APPROVED".equals(c.status())) {
            return new Exclusion(c.agencyId(), Reason.NOT_APPROVED.name(), c.status());
        }
        if (c.blacklisted()) {
            return new Exclusion(c.agencyId(), Reason.BLACKLISTED.name(), null);
        }
        if (c.grade() == null || !c.grade().atLeast(options.minimumGrade())) {
            return new Exclusion(c.agencyId(), Reason.GRADE_BELOW_MINIMUM.name(), c.grade() == null ? null : c.grade().name());
        }
        Exclusion interest = interestRelationship(c.agencyId(), c.interestUnits(), units);
        if (interest != null) {
            return interest;
        }
        if (declined.contains(c.agencyId())) {
            return new Exclusion(c.agencyId(), Reason.DECLINED.name(), null);
        }
        if (options.limitInProgress() && c.inProgress() >= options.maxInProgress()) {
            return new Exclusion(c.agencyId(), Reason.TOO_MANY_IN_PROGRESS.name(), String.valueOf(c.inProgress()));
        }
        if (options.rotation() && c.unitsEvaluatedLastYear() != null) {
            for (String unit : c.unitsEvaluatedLastYear()) {
                if (evaluated.contains(normalise(unit))) {
                    return new Exclusion(c.agencyId(), Reason.ROTATION.name(), unit);
                }
            }
        }
        return null;
    }

    /**
     * What still binds a procurement result, which is the law's choice and so ignores grade, work in
     * progress, rotation and earlier declines: a blacklisted agency, or one with an interest
     * relationship with the commissioning or an evaluated unit, cannot take it.
     *
     * @return the exclusion, or empty when the agency may take the engagement
     */
    public static Optional<Exclusion> procurementExclusion(long agencyId, boolean blacklisted, @Nullable Collection<String> interestUnits,
                                                           String commissioningUnit, Collection<String> evaluatedUnits) {
        if (blacklisted) {
            return Optional.of(new Exclusion(agencyId, Reason.BLACKLISTED.name(), null));
        }
        return Optional.ofNullable(interestRelationship(agencyId, interestUnits, concerned(commissioningUnit, evaluatedUnits)));
    }

    /** The units an agency must not have an interest relationship with: the commissioning one first. */
    private static List<String> concerned(String commissioningUnit, Collection<String> evaluatedUnits) {
        List<String> units = new ArrayList<>();
        units.add(commissioningUnit);
        units.addAll(evaluatedUnits);
        return units;
    }

    private static Exclusion interestRelationship(long agencyId, @Nullable Collection<String> interestUnits, List<String> units) {
        Set<String> interests = interestUnits == null ? Set.of()
                : interestUnits.stream().map(Eligibility::normalise).collect(Collectors.toSet());
        for (String unit : units) {
            if (unit != null && interests.contains(normalise(unit))) {
                return new Exclusion(agencyId, Reason.INTEREST_RELATIONSHIP.name(), unit);
            }
        }
        return null;
    }

    /** Unit names are compared without regard to width, case and white space (全角/半角, spaces). */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
