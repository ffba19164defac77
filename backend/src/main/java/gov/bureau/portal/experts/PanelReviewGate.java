package gov.bureau.portal.experts;

import gov.bureau.portal.common.Sql;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.engagement.ReviewPanels;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * The review round's gate for engagement ({@link ReviewPanels}): a failed report panel needs an ADMIN override with a
 * reason; the review closes the round's open panel and its sittings become fees.
 */
@Singleton
class PanelReviewGate implements ReviewPanels {

    private final PanelStore store;
    private final Sql sql;
    private final FeeService fees;
    private final BureauClock clock;

    PanelReviewGate(PanelStore store, Sql sql, FeeService fees, BureauClock clock) {
        this.store = store;
        this.sql = sql;
        this.fees = fees;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the review round (port for engagement)

    @Override
    public boolean beforeDecision(Actor actor, long engagementId, Reviewed what, boolean approve, @Nullable String overrideReason) {
        PanelStore.Panel p = openPanel(engagementId, what);
        if (p == null || !approve || what != Reviewed.REPORT) {
            return false;
        }
        Consolidation.Consolidated c = store.consolidated(p.id(), store.seats(p.id()));
        if (c.verdict() != Consolidation.Verdict.FAIL) {
            return false;
        }
        String reason = ExpertService.blankToNull(overrideReason);
        if (!actor.has(Role.ADMIN)) {
            throw PortalException.invalid("overrideReason", "validation.panel-failed-admin-only");
        }
        if (reason == null) {
            throw PortalException.invalid("overrideReason", "validation.panel-failed-reason-required");
        }
        sql.update("UPDATE expert_panel SET override_reason = ?, override_by = ? WHERE id = ?", reason, actor.username(), p.id());
        return true;
    }

    @Override
    public void afterDecision(Actor actor, long engagementId, Reviewed what, boolean approve) {
        PanelStore.Panel p = openPanel(engagementId, what);
        if (p == null) {
            return;
        }
        sql.update("UPDATE expert_panel SET status = 'CLOSED', decision = ?, closed_by = ?, closed_at = ?, version = version + 1 "
                + "WHERE id = ? AND status = 'OPEN'", approve ? "APPROVE" : "RETURN", actor.username(), clock.now(), p.id());
        fees.sittingsClosed(p.id(), p.days());
    }

    /**
     * The round's open panel, locked by its primary key (the caller holds the engagement's lock, so no
     * other review of the round runs; no locking read scans the non-unique index).
     */
    private @Nullable PanelStore.Panel openPanel(long engagementId, Reviewed what) {
        Long id = sql.one("SELECT id FROM expert_panel WHERE engagement_id = ? AND purpose = ? AND status = 'OPEN' ORDER BY id DESC "
                + "LIMIT 1", rs -> rs.getLong(1), engagementId, what.name()).orElse(null);
        if (id == null) {
            return null;
        }
        PanelStore.Panel p = store.lock(id);
        return "OPEN".equals(p.status()) ? p : null;
    }
}
