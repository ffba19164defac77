package gov.bureau.portal.engagement;

import gov.bureau.portal.agency.AgencyDirectory;
import gov.bureau.portal.agency.AgencySummary;
import gov.bureau.portal.agency.PoolMember;
import gov.bureau.portal.common.JsonText;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Recorded selection rounds as the API shows them: the stored evidence (pool, exclusions, shortlist,
 * kept as JSON) read back, with the names of every agency they mention read in one call.
 */
@Singleton
class RecordedSelections {

    private final JsonText json;
    private final AgencyDirectory agencies;
    private final BureauClock clock;
    private final RelatedAgencies related;

    RecordedSelections(JsonText json, AgencyDirectory agencies, BureauClock clock, RelatedAgencies related) {
        this.json = json;
        this.agencies = agencies;
        this.clock = clock;
        this.related = related;
    }

    /** The entrants of a pool that stand as one (related agencies, DOMAIN.md §12). */
    static List<EngagementViews.EntrantGroup> groups(List<Draw.Entry> pool) {
        Map<Long, List<Long>> byGroup = new java.util.TreeMap<>();
        pool.stream().filter(p -> p.group() != null).forEach(p -> byGroup.computeIfAbsent(p.group(), k -> new java.util.ArrayList<>()).add(p.agencyId()));
        return byGroup.values().stream().map(ids -> new EngagementViews.EntrantGroup(ids.stream().sorted().toList())).toList();
    }

    /**
     * The warning of MERIT and PROCUREMENT: the selected agency's related competitors. MERIT: those in the
     * recorded pool; PROCUREMENT (no pool recorded): the agencies related to it now.
     */
    private List<Long> relatedCompetitors(Selection s, List<Draw.Entry> pool) {
        if (s.method() == EngagementCommands.Method.DRAW) {
            return List.of();
        }
        if (s.method() == EngagementCommands.Method.MERIT) {
            Long group = pool.stream().filter(p -> p.agencyId() == s.agencyId()).findFirst().map(Draw.Entry::group).orElse(null);
            return group == null ? List.of() : pool.stream().filter(p -> group.equals(p.group()) && p.agencyId() != s.agencyId())
                    .map(Draw.Entry::agencyId).sorted().toList();
        }
        Long group = related.groupOf(List.of(s.agencyId())).get(s.agencyId());
        if (group == null) {
            return List.of();
        }
        return related.membersOf(group).stream().filter(i -> i != s.agencyId()).sorted().toList();
    }

    EngagementViews.SelectionView view(Selection s) {
        return views(List.of(s)).get(0);
    }

    /** Selections as the API shows them; the names of all the agencies they mention are read in one call. */
    List<EngagementViews.SelectionView> views(List<Selection> list) {
        record Recorded(Selection s, List<Draw.Entry> pool, List<Eligibility.Exclusion> exclusions,
                        List<EngagementViews.Ranked> shortlist) {
        }
        List<Recorded> recorded = list.stream().map(s -> new Recorded(s,
                s.pool() == null ? List.<Draw.Entry>of() : json.read(s.pool(), Argument.listOf(Draw.Entry.class)),
                s.excluded() == null ? List.<Eligibility.Exclusion>of() : json.read(s.excluded(), Argument.listOf(Eligibility.Exclusion.class)),
                s.shortlist() == null ? List.<EngagementViews.Ranked>of() : json.read(s.shortlist(), Argument.listOf(EngagementViews.Ranked.class))))
                .toList();
        Set<Long> ids = new HashSet<>();
        for (Recorded r : recorded) {
            r.pool().forEach(p -> ids.add(p.agencyId()));
            r.exclusions().forEach(x -> ids.add(x.agencyId()));
            ids.add(r.s().agencyId());
        }
        Map<Long, AgencySummary> names = agencies.findAll(ids);
        Function<Long, String> name = i -> names.containsKey(i) ? names.get(i).name() : null;
        return recorded.stream().map(r -> {
            Selection s = r.s();
            return new EngagementViews.SelectionView(s.id(), s.round(), s.method(), s.status(), s.agencyId(), name.apply(s.agencyId()),
                    s.seed(), r.pool().stream().map(Draw.Entry::agencyId).toList(),
                    r.exclusions().stream().map(x -> new EngagementViews.Excluded(x.agencyId(), name.apply(x.agencyId()), x.reason(), x.detail())).toList(),
                    r.pool().stream().map(p -> new EngagementViews.PoolEntry(p.agencyId(), name.apply(p.agencyId()), p.grade(), p.weight(), p.group())).toList(),
                    s.ticket(), s.totalWeight(), s.eligibilityVersionId(), s.drawVersionId(), r.shortlist(), s.justification(),
                    s.procurementMethod(), s.procurementReference(), s.procurementDate(), s.procurementDocumentId(),
                    s.selectedBy(), clock.toOffset(s.selectedAt()), s.answeredBy(), clock.toOffset(s.answeredAt()), s.noConflictDeclared(),
                    s.declineReason(), groups(r.pool()), relatedCompetitors(s, r.pool()), s.lowFeeLimit(), s.lowFeeVersionId());
        }).toList();
    }

    /** The exclusions with the agencies' names. */
    List<EngagementViews.Excluded> excluded(List<Eligibility.Exclusion> exclusions, Map<Long, PoolMember> members) {
        Map<Long, String> names = new HashMap<>();
        members.values().forEach(m -> names.put(m.id(), m.name()));
        List<Long> missing = exclusions.stream().map(Eligibility.Exclusion::agencyId).filter(i -> !names.containsKey(i)).toList();
        if (!missing.isEmpty()) {
            this.agencies.findAll(missing).forEach((k, v) -> names.put(k, v.name()));
        }
        return exclusions.stream().map(x -> new EngagementViews.Excluded(x.agencyId(), names.get(x.agencyId()), x.reason(), x.detail())).toList();
    }
}
