package gov.bureau.portal.engagement;

import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.identity.UserNames;
import gov.bureau.portal.engagement.WorkRepositories.IssueRepository;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
    private final UserNames people;

    CoordinationLog(EngagementWorkflow workflow, IssueRepository issues, AuditLog audit, BureauClock clock, UserNames people) {
        this.workflow = workflow;
        this.issues = issues;
        this.audit = audit;
        this.clock = clock;
        this.people = people;
    }

    @Transactional
    public List<EngagementViews.IssueView> issues(Actor actor, long id) {
        workflow.visible(actor, id);
        List<CoordinationIssue> all = issues.findByEngagementIdOrderByRaisedAt(id);
        // who raised and who resolved, as people are named (王业务, not staff): one lookup
        Map<String, String> shown = people.displayNames(all.stream().flatMap(i -> Stream.of(i.raisedByName(), i.resolvedByName())).toList());
        return all.stream().map(i -> view(i, shown)).toList();
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
        return view(issue, people.displayNames(List.of(issue.raisedByName())));
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
        CoordinationIssue resolved = issues.findById(issueId).orElseThrow();
        return view(resolved, people.displayNames(Stream.of(resolved.raisedByName(), resolved.resolvedByName()).toList()));
    }


    private EngagementViews.IssueView view(CoordinationIssue i, Map<String, String> shown) {
        return new EngagementViews.IssueView(i.id(), i.category(), i.description(), shown.get(i.raisedByName()), i.raisedBySide(),
                clock.toOffset(i.raisedAt()), i.resolution(), shown.get(i.resolvedByName()), clock.toOffset(i.resolvedAt()));
    }
}
