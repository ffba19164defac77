package gov.bureau.portal.experts;

import gov.bureau.portal.common.WeightedDraw;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The expert panel draw (DOMAIN.md §10), pure. Who may sit: every expert with the required specialty
 * whose status counts for the pool, less the exclusions, each with its reason. The weights come from
 * the expert's ratings. The draw itself is the portal's one {@link WeightedDraw}: stored seed, pool
 * sorted by id, {@code size} members drawn without replacement; anyone can re-run it from the record.
 */
public final class PanelDraw {

    /** Why an expert with the specialty may not sit on this panel. */
    public enum Reason {
        /** 暂停 */
        PAUSED,
        /** 已移出专家库 */
        REMOVED,
        /** works for the selected agency */
        EMPLOYED_BY_AGENCY,
        /** works for the commissioning unit or an evaluated unit */
        EMPLOYED_BY_EVALUATED_UNIT,
        /** the employer is among the agency's declared interest units */
        AGENCY_RELATIONSHIP,
        /** already sat on the rotation limit of this agency's panels this year */
        ROTATION_LIMIT,
        /** declined this panel */
        DECLINED,
        /** already a member of this panel */
        MEMBER
    }

    /** An expert as the draw sees it. {@code sittingsWithAgency}: panels on the agency's work this year. */
    public record Candidate(long expertId, ExpertStatus status, String employer, int ratingCount, int ratingTotal,
                            int sittingsWithAgency) {
    }

    /** What the panel is for: the agency (if one is selected) and the units of the engagement. */
    public record Context(@Nullable String agencyName, Collection<String> agencyInterestUnits, Collection<String> unitNames,
                          Set<Long> declined, Set<Long> members) {
    }

    /** One expert of the pool in draw order, with its weight and where the weight comes from. */
    @Serdeable
    public record Entry(long expertId, int weight, int ratingCount) {
    }

    @Serdeable
    public record Exclusion(long expertId, String reason, @Nullable String detail) {
    }

    public record Outcome(List<Entry> pool, List<Exclusion> excluded) {
    }

    /** One member drawn, with the ticket that chose it. */
    @Serdeable
    public record Drawn(long expertId, long ticket, long totalWeight) {
    }

    private PanelDraw() {
    }

    /** The pool (sorted by id, with weights) and the exclusions, in id order. */
    public static Outcome assess(List<Candidate> candidates, Context context, PanelDrawRules.Settings settings) {
        Set<String> units = normalised(context.unitNames());
        Set<String> interest = normalised(context.agencyInterestUnits());
        String agency = context.agencyName() == null ? null : normalise(context.agencyName());
        List<Entry> pool = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingLong(Candidate::expertId));
        for (Candidate c : sorted) {
            if (!c.status().inPool()) {
                continue;
            }
            String employer = normalise(c.employer());
            Exclusion x = null;
            if (context.members().contains(c.expertId())) {
                x = new Exclusion(c.expertId(), Reason.MEMBER.name(), null);
            } else if (context.declined().contains(c.expertId())) {
                x = new Exclusion(c.expertId(), Reason.DECLINED.name(), null);
            } else if (c.status() == ExpertStatus.PAUSED) {
                x = new Exclusion(c.expertId(), Reason.PAUSED.name(), null);
            } else if (c.status() == ExpertStatus.REMOVED) {
                x = new Exclusion(c.expertId(), Reason.REMOVED.name(), null);
            } else if (agency != null && !employer.isEmpty() && employer.equals(agency)) {
                x = new Exclusion(c.expertId(), Reason.EMPLOYED_BY_AGENCY.name(), c.employer());
            } else if (units.contains(employer)) {
                x = new Exclusion(c.expertId(), Reason.EMPLOYED_BY_EVALUATED_UNIT.name(), c.employer());
            } else if (interest.contains(employer)) {
                x = new Exclusion(c.expertId(), Reason.AGENCY_RELATIONSHIP.name(), c.employer());
            } else if (agency != null && c.sittingsWithAgency() >= settings.rotationLimit()) {
                x = new Exclusion(c.expertId(), Reason.ROTATION_LIMIT.name(), Integer.toString(c.sittingsWithAgency()));
            }
            if (x != null) {
                excluded.add(x);
            } else {
                pool.add(new Entry(c.expertId(), weight(c.ratingCount(), c.ratingTotal(), settings), c.ratingCount()));
            }
        }
        return new Outcome(List.copyOf(pool), List.copyOf(excluded));
    }

    /**
     * The weight of an expert: {@code unratedWeight} below {@code minRatings} ratings; after, its
     * average rating (each rating gives two marks of 1–5: on time and substantive), rounded half up.
     */
    public static int weight(int ratingCount, int ratingTotal, PanelDrawRules.Settings settings) {
        if (ratingCount < settings.minRatings() || ratingCount <= 0) {
            return settings.unratedWeight();
        }
        BigDecimal average = BigDecimal.valueOf(ratingTotal).divide(BigDecimal.valueOf(2L * ratingCount), 0, RoundingMode.HALF_UP);
        return Math.max(1, Math.min(5, average.intValue()));
    }

    /** Draws {@code count} members from the stored pool with the stored seed. */
    public static List<Drawn> run(List<Entry> pool, String seed, int count) {
        return WeightedDraw.pickMany(pool.stream().map(e -> new WeightedDraw.Entry(e.expertId(), e.weight())).toList(), seed, count)
                .stream().map(p -> new Drawn(p.id(), p.ticket(), p.totalWeight())).toList();
    }

    static String normalise(@Nullable String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", "").replace('（', '(').replace('）', ')').toLowerCase(Locale.ROOT);
    }

    private static Set<String> normalised(Collection<String> names) {
        return names.stream().map(PanelDraw::normalise).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
