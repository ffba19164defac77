package gov.bureau.portal.credit;

import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleVersion;
import io.micronaut.transaction.annotation.TransactionalEventListener;
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
 *
 * <p>Why a stored standing always equals its ledger, under any concurrency:
 * <ul>
 * <li>every writer of an agency's ledger (events, objections, blacklist entries) first takes the
 * agency's credit lock, the exclusive lock on its credit_standing row ({@link #lock}), and holds it
 * to the end of its transaction: the writers of one agency queue there;</li>
 * <li>the facts are read after the lock. Transactions run at READ COMMITTED (application.yml), so
 * each read sees what was committed before it started: every earlier writer of this agency has
 * committed (it held the lock), none can write now (we hold it);</li>
 * <li>the order of locks is the same everywhere, so writers never wait for each other crosswise: an
 * engagement (acceptance), then the agency's credit lock, then its events and objections, then
 * inbox messages, and the audit chain head last of all (the audit is the last statement). Code
 * that locks several agencies' rows locks them in ascending agency id.</li>
 * </ul>
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
        lock(agencyId, rules.bandsVersion());
    }

    private void lock(long agencyId, RuleVersion<CreditBands> bands) {
        int base = CreditRules.clamp(bands.content().base());
        standings.lock(agencyId, base, bands.content().grade(base).name(), bands.id(), clock.now());
    }

    /**
     * An agency admitted to the pool gets its row, with the base standing of the bands in force, in
     * the transaction that admits it; a reinstated agency keeps the row it has (and no lock is taken).
     */
    @Transactional
    public void open(long agencyId) {
        if (standings.countByAgencyId(agencyId) > 0) {
            return;
        }
        RuleVersion<CreditBands> bands = rules.bandsVersion();
        int base = CreditRules.clamp(bands.content().base());
        standings.open(agencyId, base, bands.content().grade(base).name(), bands.id(), clock.now());
    }

    /** The agency area admitted an agency to the pool (inside its transaction): it gets its row. */
    @io.micronaut.runtime.event.annotation.EventListener
    @Transactional
    void onAdmittedToPool(gov.bureau.portal.agency.AgencyEvents.AdmittedToPool event) {
        open(event.agencyId());
    }

    /**
     * Recomputes and stores the agency's standing as of today. The bands, like the facts, are read
     * after the lock: a row written under bands older than a new publication is therefore either
     * seen by its re-grade (which waits for this lock) or written under the new bands.
     */
    @Transactional
    public CreditRules.Standing recompute(long agencyId) {
        lock(agencyId);
        RuleVersion<CreditBands> bands = rules.bandsVersion();
        CreditRules.Standing s = compute(agencyId, bands.content(), clock.today());
        standings.write(agencyId, s.score(), s.grade().name(), s.pointsInForce(), s.blacklisted(), s.blacklistedUntil(),
                s.changesOn(), bands.id(), clock.now());
        return s;
    }

    /**
     * The standing from the ledger: what the score needs of the events, and the blacklistings. A
     * writer reads it after the lock; a reader may call it for an agency that has no row.
     */
    CreditRules.Standing compute(long agencyId, CreditBands bands, LocalDate today) {
        List<CreditRules.Fact> facts = events.findFacts(agencyId).stream().map(FactRow::fact).toList();
        List<CreditRules.BlacklistSpan> spans = blacklist.findHistory(agencyId).stream().map(BlacklistEntry::span).toList();
        return CreditRules.standing(bands, facts, spans, today);
    }

    /**
     * Recomputes the rows the calendar has made stale (in ascending agency id); answers how many were
     * found. A row another reader refreshed while this one waited for its lock is left as it is.
     */
    @Transactional
    public int refreshStale(int limit) {
        LocalDate today = clock.today();
        List<Long> stale = standings.findStale(today, limit);
        for (long id : stale) {
            lock(id);
            if (standings.countStale(id, today) > 0) {
                recompute(id);
            }
        }
        return stale.size();
    }

    /**
     * Recomputes every row the calendar has made stale: the daily job, a yearly snapshot, and every
     * reader of the table before it reads (normally nothing is stale and this is one indexed query;
     * the daily job runs five seconds after midnight). Concurrent refreshers share the work: each
     * takes the rows in ascending id and skips those refreshed while it waited for their lock.
     */
    @Transactional
    public void refreshAllStale() {
        while (refreshStale(1000) == 1000) {
            // the next thousand
        }
    }

    /**
     * New bands or a new base re-grade every row at once, right after the transaction that published
     * them commits, in a transaction of its own: the publication holds the audit chain head, which
     * writers holding a standing row wait for, so re-grading inside it could deadlock. Until it has
     * run (milliseconds), {@link LedgerCreditStandings} recomputes the rows it reads.
     */
    @TransactionalEventListener
    @Transactional(Transactional.TxType.REQUIRES_NEW)
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
