package gov.bureau.portal.results;

import gov.bureau.portal.common.Sql;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.credit.CreditEvent;
import gov.bureau.portal.credit.CreditEventService;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/**
 * A budget unit judges the agency that evaluated it (DOMAIN.md §9): after its letter, once per
 * engagement, a rating 1–5 and optionally a complaint, which becomes a PROPOSED credit event of type
 * COMPLAINT through the credit area's own service (with the agency's objection window).
 */
@Singleton
public class UnitFeedbacks {

    static final String ENTITY = "UnitFeedback";

    private final Sql db;
    private final ResultsService results;
    private final CreditEventService credit;
    private final AuditLog audit;
    private final BureauClock clock;

    UnitFeedbacks(Sql db, ResultsService results, CreditEventService credit, AuditLog audit, BureauClock clock) {
        this.db = db;
        this.results = results;
        this.credit = credit;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ResultsViews.FeedbackView give(Actor actor, long engagementId, ResultsCommands.UnitFeedback form) {
        Long unit = actor.unitId();
        ResultsService.EngagementFacts e = results.engagement(engagementId, true);
        if (unit == null || !db.exists("SELECT 1 FROM engagement_unit WHERE engagement_id = ? AND budget_unit_id = ?", engagementId, unit)) {
            throw PortalException.notFound();
        }
        String comment = BudgetUnits.blankToNull(form.comment());
        if (form.complaint() && comment == null) {
            throw PortalException.invalid("comment", "validation.unit-feedback-complaint-reason");
        }
        if (!db.exists("SELECT 1 FROM feedback_letter WHERE engagement_id = ? AND budget_unit_id = ?", engagementId, unit)) {
            throw PortalException.conflict("LETTER_NOT_ISSUED");
        }
        if (db.exists("SELECT 1 FROM unit_feedback WHERE engagement_id = ? AND budget_unit_id = ?", engagementId, unit)) {
            throw PortalException.conflict("FEEDBACK_GIVEN");
        }
        Long eventId = null;
        if (form.complaint()) {
            if (e.agencyId() == null) {
                throw PortalException.conflict("NO_AGENCY");
            }
            CreditEvent event = credit.proposeComplaint(actor, e.agencyId(), engagementId, comment);
            eventId = event.getId();
        }
        long id = db.insert("INSERT INTO unit_feedback (engagement_id, budget_unit_id, rating, comment, complaint, credit_event_id, "
                + "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", engagementId, unit, form.rating(), comment, form.complaint(),
                eventId, actor.username(), clock.now());
        audit.record(actor, form.complaint() ? "UNIT_COMPLAINT_FILED" : "UNIT_FEEDBACK_GIVEN", ENTITY, id, Changes.create()
                .set("engagementId", engagementId).set("rating", form.rating()).set("complaint", form.complaint())
                .set("creditEventId", eventId).toMap(), comment);
        return new ResultsViews.FeedbackView(id, engagementId, unit, form.rating(), comment, form.complaint(), eventId);
    }
}
