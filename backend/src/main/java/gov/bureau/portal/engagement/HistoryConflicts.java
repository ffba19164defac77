package gov.bureau.portal.engagement;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Conflicts from history (DOMAIN.md §12), pure: an agency is excluded from evaluating a project for which it
 * did earlier work of a kind the rule table names (事前绩效评估, 绩效目标审核), or an evaluated unit that was its
 * client in the last N years (the N previous calendar years and this one). What an agency did comes from its
 * track record (业绩: client, project, year, work type) and from the portal's own engagements it took (the
 * evaluated units and projects, their type, the year of the planned start). The commissioning unit is not
 * compared with clients: the bureau commissions every agency (nor is an evaluated unit that is the commissioning unit).
 */
public final class HistoryConflicts {

    /** Why an agency is excluded (also {@link Eligibility.Reason} names). */
    public static final String PRIOR_WORK = Eligibility.Reason.PRIOR_WORK_ON_PROJECT.name();
    public static final String CLIENT = Eligibility.Reason.RECENT_CLIENT.name();

    /** One piece of past work of an agency: a track record row or an engagement of the portal. */
    public record PastWork(long agencyId, @Nullable EngagementType type, @Nullable String client, @Nullable String project, int year) {
    }

    /**
     * The engagement being chosen for: its projects (and title), evaluated units and commissioning unit, and the
     * current year. An evaluated unit that is the commissioning unit is not compared with clients: the agency
     * works for it by this very engagement, so having worked for it before is no conflict.
     */
    public record Subject(Collection<String> projects, Collection<String> evaluatedUnits, String commissioningUnit, int year) {
    }

    private HistoryConflicts() {
    }

    /** For each agency with a conflict, its exclusion (the earliest year, then the name, decides which one is named). */
    public static Map<Long, Eligibility.Exclusion> find(Collection<PastWork> history, Subject subject, HistoryConflictRules.Options rules) {
        Set<String> projects = normalised(subject.projects());
        Set<String> units = normalised(subject.evaluatedUnits());
        units.remove(Eligibility.normalise(subject.commissioningUnit()));
        Set<EngagementType> priorTypes = rules.priorWorkTypes() == null ? Set.of() : Set.copyOf(rules.priorWorkTypes());
        Map<Long, Eligibility.Exclusion> found = new HashMap<>();
        List<PastWork> ordered = history.stream().sorted(Comparator.comparingLong(PastWork::agencyId).thenComparingInt(PastWork::year)
                .thenComparing(w -> w.project() == null ? "" : w.project()).thenComparing(w -> w.client() == null ? "" : w.client())).toList();
        for (PastWork w : ordered) { // prior work on the project first: it is the stronger reason
            boolean recent = rules.priorWorkYears() == 0 || w.year() >= subject.year() - rules.priorWorkYears();
            if (w.type() != null && priorTypes.contains(w.type()) && recent && w.project() != null
                    && projects.contains(Eligibility.normalise(w.project()))) {
                found.putIfAbsent(w.agencyId(), new Eligibility.Exclusion(w.agencyId(), PRIOR_WORK, w.project() + " (" + w.year() + ")"));
            }
        }
        if (rules.clientYears() > 0) {
            for (PastWork w : ordered) {
                if (w.client() != null && w.year() >= subject.year() - rules.clientYears() && units.contains(Eligibility.normalise(w.client()))) {
                    found.putIfAbsent(w.agencyId(), new Eligibility.Exclusion(w.agencyId(), CLIENT, w.client() + " (" + w.year() + ")"));
                }
            }
        }
        return found;
    }

    private static Set<String> normalised(Collection<String> names) {
        return names.stream().filter(n -> n != null && !n.isBlank()).map(Eligibility::normalise).collect(Collectors.toCollection(java.util.HashSet::new));
    }
}
