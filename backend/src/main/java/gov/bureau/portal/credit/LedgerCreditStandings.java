package gov.bureau.portal.credit;

import gov.bureau.portal.agency.CreditGrade;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.platform.BureauClock;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The credit area's {@link CreditStandings}: standings come from the read model credit_standing
 * (one query for any number of agencies); a row the calendar has made stale (an event came into
 * force or expired, a blacklisting ended, and the daily job has not run yet), or one graded under
 * bands published a moment ago, is recomputed from the ledger on the way, so that selection never
 * sees yesterday's standing.
 */
@Singleton
class LedgerCreditStandings implements CreditStandings {

    private final StandingRepository standings;
    private final StandingWriter writer;
    private final CreditRuleBook rules;
    private final CreditEventService events;
    private final BureauClock clock;

    LedgerCreditStandings(StandingRepository standings, StandingWriter writer, CreditRuleBook rules,
                          CreditEventService events, BureauClock clock) {
        this.standings = standings;
        this.writer = writer;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Map<Long, CreditStanding> standings(Collection<Long> agencyIds) {
        List<Long> ids = agencyIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, CreditStanding> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        long bandsVersion = rules.bandsVersion().id();
        LocalDate today = clock.today();
        Map<Long, StandingRow> rows = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            standings.findByAgencyIds(ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .forEach(r -> rows.put(r.agencyId(), r));
        }
        // rows stale by the calendar (or graded under bands just replaced) are recomputed, in ascending id
        Map<Long, CreditStanding> fresh = new java.util.HashMap<>();
        rows.values().stream()
                .filter(r -> r.changesOn() != null && !r.changesOn().isAfter(today) || !java.util.Objects.equals(r.bandsVersionId(), bandsVersion))
                .map(StandingRow::agencyId).sorted().forEach(id -> {
                    CreditRules.Standing s = writer.recompute(id);
                    fresh.put(id, new CreditStanding(id, s.score(), s.grade(), s.blacklisted(), s.blacklistedUntil()));
                });
        for (Long id : ids) {
            StandingRow row = rows.get(id);
            if (row == null) {
                // never admitted to the pool: the base standing, as the agency would start with
                CreditBands bands = rules.bands();
                int base = CreditRules.clamp(bands.base());
                result.put(id, new CreditStanding(id, base, bands.grade(base), false, null));
            } else {
                result.put(id, fresh.getOrDefault(id, row.standing()));
            }
        }
        return result;
    }

    @Override
    @Transactional
    public void refresh() {
        writer.refreshAllStale();
    }

    @Override
    public CreditGrade baseGrade() {
        return rules.bands().baseGrade();
    }

    @Override
    @Transactional
    public void recordAcceptance(Actor actor, long agencyId, long engagementId, String acceptanceGrade, LocalDate acceptedOn) {
        events.recordAcceptance(actor, agencyId, engagementId, acceptanceGrade, acceptedOn);
    }
}
