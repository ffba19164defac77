package gov.bureau.portal.engagement;

import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.engagement.WorkRepositories.IssueRepository;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * An engagement's coordination log (DOMAIN.md §4, 协调记录): issues raised by the agency or the bureau
 * while the engagement is open, each resolved once.
 */
@Singleton
public class CoordinationLog {

    private final EngagementWorkflow workflow;
    private final IssueRepository issues;
    private final AuditLog audit;
    private final BureauClock clock;

    CoordinationLog(EngagementWorkflow workflow, IssueRepository issues, AuditLog audit, BureauClock clock) {
        this.workflow = workflow;
        this.issues = issues;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<EngagementViews.IssueView> issues(Actor actor, long id) {
        workflow.visible(actor, id);
        return issues.findByEngagementIdOrderByRaisedAt(id).stream().map(this::view).toList();
    }

    @Transactional
    public EngagementViews.IssueView raise(Actor actor, long id, EngagementCommands.IssueForm form) {
        Engagement e = workflow.visible(actor, id);
        if (e.getState().isFinal()) {
            throw PortalException.conflict("ENGAGEMENT_STATE", e.getState().name(), "-");
        }
        CoordinationIssue issue = issues.save(new CoordinationIssue(null, id, form.category().name(), form.description().trim(),
                actor.userId(), actor.username(), actor.isBureau() ? "BUREAU" : "AGENCY", clock.now(), null, null, null));
        audit.record(actor, "ENGAGEMENT_ISSUE_RAISED", EngagementService.ENTITY, id, Changes.create()
                .set("issueId", issue.id()).set("category", form.category()).set("description", issue.description()).toMap());
        return view(issue);
    }

    @Transactional
    public EngagementViews.IssueView resolve(Actor actor, long id, long issueId, EngagementCommands.Resolution form) {
        workflow.visible(actor, id);
        CoordinationIssue issue = issues.findById(issueId).filter(i -> i.engagementId() == id).orElseThrow(PortalException::notFound);
        if (issues.resolve(issueId, form.resolution().trim(), actor.username(), clock.now()) == 0) {
            throw PortalException.conflict("ISSUE_ALREADY_RESOLVED");
        }
        audit.record(actor, "ENGAGEMENT_ISSUE_RESOLVED", EngagementService.ENTITY, id, Changes.create()
                .set("issueId", issueId).set("category", issue.category()).set("resolution", form.resolution().trim()).toMap());
        return view(issues.findById(issueId).orElseThrow());
    }


    private EngagementViews.IssueView view(CoordinationIssue i) {
        return new EngagementViews.IssueView(i.id(), i.category(), i.description(), i.raisedByName(), i.raisedBySide(), clock.toOffset(i.raisedAt()),
                i.resolution(), i.resolvedByName(), clock.toOffset(i.resolvedAt()));
    }
}
