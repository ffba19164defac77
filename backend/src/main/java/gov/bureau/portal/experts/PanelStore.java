package gov.bureau.portal.experts;

import gov.bureau.portal.common.Sql;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.security.Actor;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Expert panels (DOMAIN.md §10): drawn for an engagement's plan or report round by {@link PanelDraw},
 * every draw recorded so that it re-runs; a decline is recorded and the seat redrawn without that
 * expert ({@link PanelDrawService}); members give opinions on the round's checklist and the bureau rates
 * each opinion afterwards ({@link PanelOpinionService}); the review of the round closes the panel
 * ({@link PanelReviewGate}) and its sittings become fees; {@link PanelQueries} reads.
 * <p>
 * This class holds what they share: the stored panel, its seats and recorded draws, and who may open it.
 */
@Singleton
class PanelStore {

    static final String ENTITY = "ExpertPanel";

    record Panel(long id, long engagementId, Long agencyId, String purpose, int size, String specialty, BigDecimal days,
                 String status, long drawVersionId, long checklistVersionId, String decision, String overrideReason,
                 String overrideBy, String createdBy, Instant createdAt, Instant closedAt) {

        static Panel of(ResultSet rs) throws SQLException {
            return new Panel(rs.getLong("id"), rs.getLong("engagement_id"), Sql.longOrNull(rs, "agency_id"),
                    rs.getString("purpose"), rs.getInt("size"), rs.getString("specialty"), rs.getBigDecimal("days"),
                    rs.getString("status"), rs.getLong("draw_version_id"), rs.getLong("checklist_version_id"),
                    rs.getString("decision"), rs.getString("override_reason"), rs.getString("override_by"),
                    rs.getString("created_by"), Sql.instant(rs, "created_at"), Sql.instant(rs, "closed_at"));
        }
    }

    record Seat(long expertId, int drawRound, String status, String declineReason) {
    }

    record StoredDraw(int round, String seed, String pool, String excluded, String drawn, int count, Long replaces, String drawnBy,
                      Instant drawnAt) {
    }

    private final Sql sql;

    PanelStore(Sql sql) {
        this.sql = sql;
    }

    /** The consolidated opinion of the members still sitting. */
    Consolidation.Consolidated consolidated(long panelId, List<Seat> seats) {
        List<Consolidation.Verdict> verdicts = sql.list("SELECT o.verdict FROM expert_opinion o JOIN expert_panel_member m "
                        + "ON m.panel_id = o.panel_id AND m.expert_id = o.expert_id WHERE o.panel_id = ? AND m.status = 'INVITED'",
                rs -> Consolidation.Verdict.valueOf(rs.getString(1)), panelId);
        int sitting = (int) seats.stream().filter(s -> "INVITED".equals(s.status())).count();
        return Consolidation.of(verdicts, sitting);
    }

    /** The bureau opens every panel; an expert only those it was drawn for. */
    boolean mayOpen(Actor actor, Panel p) {
        if (actor.isBureau()) {
            return true;
        }
        return actor.isExpert() && actor.expertId() != null && sql.count("SELECT COUNT(*) FROM expert_panel_member WHERE panel_id = ? "
                + "AND expert_id = ?", p.id(), actor.expertId()) > 0;
    }

    static void requireBureau(Actor actor) {
        if (!actor.isBureau()) {
            throw PortalException.notFound();
        }
    }

    Panel find(long id) {
        return sql.one("SELECT * FROM expert_panel WHERE id = ?", Panel::of, id).orElseThrow(PortalException::notFound);
    }

    Panel lock(long id) {
        return sql.one("SELECT * FROM expert_panel WHERE id = ? FOR UPDATE", Panel::of, id).orElseThrow(PortalException::notFound);
    }

    List<Seat> seats(long panelId) {
        return sql.list("SELECT expert_id, draw_round, status, decline_reason FROM expert_panel_member WHERE panel_id = ? "
                + "ORDER BY draw_round, id", rs -> new Seat(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)), panelId);
    }

    List<StoredDraw> draws(long panelId) {
        return sql.list("SELECT * FROM expert_panel_draw WHERE panel_id = ? ORDER BY round", rs -> new StoredDraw(rs.getInt("round"),
                rs.getString("seed"), rs.getString("pool"), rs.getString("excluded"), rs.getString("drawn"), rs.getInt("count"),
                Sql.longOrNull(rs, "replaces"), rs.getString("drawn_by"), Sql.instant(rs, "drawn_at")), panelId);
    }
}
