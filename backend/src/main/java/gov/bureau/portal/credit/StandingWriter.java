package gov.bureau.portal.credit;

import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleVersion;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.List;

/**
 * Keeps the read model credit_standing in step with the ledger: every change of an agency's events
 * or blacklist ends by recomputing its row here, inside the change's transaction, from that agency's
 * ledger alone; rows the calendar has made stale are recomputed by the daily job (and on read); a
 * new base or new bands re-grade every row with one statement.
 */
@Singleton
class StandingWriter {

    private static final Logger LOG = LoggerFactory.getLogger(StandingWriter.class);

    private final StandingRepository standings;
    private final CreditEventRepository events;
    private final BlacklistRepository blacklist;
    private final CreditRuleBook rules;
    private final BureauClock clock;

    StandingWriter(StandingRepository standings, CreditEventRepository events, BlacklistRepository blacklist,
                   CreditRuleBook rules, BureauClock clock) {
        this.standings = standings;
        this.events = events;
        this.blacklist = blacklist;
        this.rules = rules;
        this.clock = clock;
    }

    /** Takes the agency's credit lock for the rest of the transaction: writers of one agency queue here. */
    @Transactional
    public void lock(long agencyId) {
        lock(agencyId, rules.bands());
    }

    private void lock(long agencyId, CreditBands bands) {
        standings.insertIfAbsent(agencyId, CreditRules.clamp(bands.base()), bands.baseGrade().name(), clock.now());
        standings.lock(agencyId);
    }

    /** Recomputes and stores the agency's standing as of today, under the bands read once. */
    @Transactional
    public CreditRules.Standing recompute(long agencyId) {
        RuleVersion<CreditBands> bands = rules.bandsVersion();
        lock(agencyId, bands.content());
        CreditRules.Standing s = compute(agencyId, bands.content(), clock.today());
        standings.write(agencyId, s.score(), s.grade().name(), s.pointsInForce(), s.blacklisted(), s.blacklistedUntil(),
                s.changesOn(), bands.id(), clock.now());
        return s;
    }

    /** The standing from the ledger: just what the score needs of the events, and the blacklistings. */
    private CreditRules.Standing compute(long agencyId, CreditBands bands, LocalDate today) {
        List<CreditRules.Fact> facts = events.findFacts(agencyId).stream().map(FactRow::fact).toList();
        List<CreditRules.BlacklistSpan> spans = blacklist.findHistory(agencyId).stream().map(BlacklistEntry::span).toList();
        return CreditRules.standing(bands, facts, spans, today);
    }

    /** Recomputes the rows the calendar has made stale; answers how many. */
    @Transactional
    public int refreshStale(int limit) {
        List<Long> stale = standings.findStale(clock.today(), limit);
        stale.forEach(this::recompute);
        return stale.size();
    }

    /** New bands or a new base re-grade every row at once, in the transaction that published them. */
    @io.micronaut.runtime.event.annotation.EventListener
    @Transactional
    void onRulesPublished(gov.bureau.portal.rules.RulesPublished event) {
        if (CreditRuleTables.BANDS.equals(event.key())) {
            regradeIfBandsChanged();
        }
    }

    /** Brings every row to the bands and base in force (a no-op, one indexed query, when they are). */
    @Transactional
    public long regradeIfBandsChanged() {
        RuleVersion<CreditBands> v = rules.bandsVersion();
        CreditBands b = v.content();
        long changed = standings.regrade(b.base(), b.minA(), b.minB(), b.minC(), v.id(), clock.now());
        if (changed > 0) {
            LOG.info("Credit standings re-graded under bands version {}: {} rows", v.version(), changed);
        }
        return changed;
    }
}
