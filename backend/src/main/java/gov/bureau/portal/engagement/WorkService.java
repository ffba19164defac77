package gov.bureau.portal.engagement;

import gov.bureau.portal.documents.DocumentStore;
import gov.bureau.portal.agency.AgencyDirectory;
import gov.bureau.portal.agency.AgencyPerson;
import gov.bureau.portal.agency.PersonRole;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.identity.UserNames;
import gov.bureau.portal.engagement.EngagementCommands.Decision;
import gov.bureau.portal.engagement.WorkRepositories.PlanRepository;
import gov.bureau.portal.engagement.WorkRepositories.ReportRepository;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.inbox.Inbox;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.core.type.Argument;
import gov.bureau.portal.common.JsonText;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The agency's work and the bureau's review (DOMAIN.md §4): files, work plans and reports in review
 * rounds and the start of fieldwork. The coordination log is {@link CoordinationLog}.
 */
@Singleton
public class WorkService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EngagementWorkflow workflow;
    private final EngagementDocumentRepository documents;
    private final PlanRepository plans;
    private final ReportRepository reports;
    private final DocumentStore files;
    private final AgencyDirectory agencies;
    private final ReworkPolicy rework;
    private final JsonText json;
    private final AuditLog audit;
    private final BureauClock clock;
    private final Inbox inbox;
    private final ReviewPanels panels;
    private final UserNames people;

    private final List<TeamCheck> teamChecks;

    WorkService(EngagementWorkflow workflow, EngagementDocumentRepository documents, PlanRepository plans,
                ReportRepository reports, DocumentStore files, AgencyDirectory agencies,
                ReworkPolicy rework, JsonText json, AuditLog audit, BureauClock clock, Inbox inbox,
                ReviewPanels panels, UserNames people, List<TeamCheck> teamChecks) {
        this.teamChecks = teamChecks;
        this.workflow = workflow;
        this.documents = documents;
        this.plans = plans;
        this.reports = reports;
        this.files = files;
        this.agencies = agencies;
        this.rework = rework;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
        this.inbox = inbox;
        this.panels = panels;
        this.people = people;
    }

    public enum Purpose { PLAN, REPORT, PROCUREMENT, OTHER }

    /** Stores a PDF for the engagement; agencies upload plans and reports, the bureau procurement evidence. */
    @Transactional
    public EngagementViews.DocumentView upload(Actor actor, long id, Purpose purpose, DocumentStore.Upload file) {
        Engagement e = workflow.visible(actor, id);
        if (e.getState().isFinal()) {
            throw PortalException.conflict("ENGAGEMENT_STATE", e.getState().name(), "-");
        }
        DocumentStore.Stored stored = files.store("engagements/" + id, file, DocumentStore.PDF_ONLY);
        EngagementDocument doc;
        try {
            doc = documents.save(new EngagementDocument(null, id, purpose.name(), stored.fileName(), "application/pdf",
                    stored.size(), stored.sha256(), stored.key(), actor.username(), actor.isAgency() ? actor.agencyId() : null,
                    clock.now()));
        } catch (RuntimeException failure) {
            files.delete(stored.key());
            throw failure;
        }
        String name = stored.fileName();
        audit.record(actor, "ENGAGEMENT_DOCUMENT_UPLOADED", EngagementService.ENTITY, id, Changes.create()
                .set("documentId", doc.id()).set("purpose", purpose).set("fileName", name).set("sha256", stored.sha256())
                .set("size", stored.size()).toMap());
        return view(doc, shown(Stream.of(doc.uploadedBy())));
    }

    public record Download(String fileName, byte[] content) {
    }

    @Transactional
    public Download download(Actor actor, long id, long documentId) {
        workflow.visible(actor, id);
        EngagementDocument doc = documents.findById(documentId).filter(d -> d.engagementId() == id).orElseThrow(PortalException::notFound);
        return new Download(doc.fileName(), files.bytes(doc.storageKey()).orElseThrow(PortalException::notFound));
    }

    @Transactional
    public List<EngagementViews.DocumentView> documents(Actor actor, long id) {
        workflow.visible(actor, id);
        List<EngagementDocument> all = documents.findByEngagementIdOrderByUploadedAt(id);
        Map<String, String> shown = shown(all.stream().map(EngagementDocument::uploadedBy));
        return all.stream().map(d -> view(d, shown)).toList();
    }

    /** The agency's registered people, for the plan's team. */
    @Transactional
    public List<EngagementViews.Person> people(Actor actor, long id) {
        Engagement e = workflow.visible(actor, id);
        if (e.getAgencyId() == null) {
            return List.of();
        }
        return agencies.people(e.getAgencyId()).stream().map(p -> new EngagementViews.Person(p.id(), p.name(), p.role(), p.title())).toList();
    }

    @Transactional
    public EngagementViews.PlanView submitPlan(Actor actor, long id, EngagementCommands.PlanForm form) {
        Engagement e = workflow.lock(actor, id);
        EngagementWorkflow.requireState(e, EngagementState.ACCEPTED_BY_AGENCY);
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, AgencyPerson> people = agencies.people(e.getAgencyId()).stream()
                .collect(Collectors.toMap(AgencyPerson::id, Function.identity()));
        List<EngagementViews.TeamEntry> team = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        boolean lead = false;
        for (int i = 0; i < form.team().size(); i++) {
            EngagementCommands.TeamMember m = form.team().get(i);
            AgencyPerson person = people.get(m.personId());
            if (person == null) {
                problems.add(new FieldProblem("team[" + i + "].personId", "validation.team-not-registered"));
                continue;
            }
            if (!seen.add(person.id())) {
                problems.add(new FieldProblem("team[" + i + "].personId", "validation.team-duplicate"));
            }
            if (m.role() == EngagementCommands.TeamRole.LEAD) {
                if (!PersonRole.LEAD_EVALUATOR.name().equals(person.role())) {
                    problems.add(new FieldProblem("team[" + i + "].role", "validation.team-lead-not-evaluator"));
                }
                lead = true;
            }
            team.add(new EngagementViews.TeamEntry(person.id(), person.name(), m.role().name(), person.title(), m.duty()));
        }
        if (!lead) {
            problems.add(new FieldProblem("team", "validation.team-lead-required"));
        }
        BigDecimal weights = form.indicators().stream().map(EngagementCommands.Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.compareTo(HUNDRED) != 0) {
            problems.add(new FieldProblem("indicators", "validation.indicator-weights", weights.stripTrailingZeros().toPlainString()));
        }
        for (int i = 0; i < form.schedule().size(); i++) {
            if (form.schedule().get(i).dueOn().isBefore(e.getPlannedStart()) || form.schedule().get(i).dueOn().isAfter(e.getPlannedEnd())) {
                problems.add(new FieldProblem("schedule[" + i + "].dueOn", "validation.milestone-outside",
                        e.getPlannedStart().toString(), e.getPlannedEnd().toString()));
            }
        }
        checkDocument(id, form.documentId(), Purpose.PLAN, "documentId", problems);
        if (problems.isEmpty()) {
            teamChecks.forEach(c -> problems.addAll(c.check(id, form.team())));
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        int round = plans.findByEngagementIdOrderByRound(id).size() + 1;
        Plan plan = plans.save(new Plan(null, id, round, ReviewStatus.SUBMITTED, json.write(team), json.write(form.schedule()), json.write(form.indicators()),
                form.samplingCoverage().trim(), form.method().trim(), form.documentId(), actor.username(), clock.now(), null, null, null));
        workflow.move(actor, e, EngagementState.PLAN_SUBMITTED, null);
        inbox.notifyUser(e.getSupervisorId(), "inbox.engagement.plan-submitted", List.of(e.getTitle(), round), null, SelectionService.link(id));
        audit.record(actor, "ENGAGEMENT_PLAN_SUBMITTED", EngagementService.ENTITY, id, Changes.create()
                .set("planId", plan.id()).set("round", round).set("team", team.stream().map(EngagementViews.TeamEntry::name).toList())
                .diff("state", EngagementState.ACCEPTED_BY_AGENCY, EngagementState.PLAN_SUBMITTED).toMap());
        return view(plan, documentViews(id), shown(Stream.of(plan.submittedBy())));
    }

    @Transactional
    public EngagementViews.PlanView reviewPlan(Actor actor, long id, long planId, EngagementCommands.Review review) {
        Engagement e = workflow.lock(actor, id);
        Plan plan = plans.findById(planId).filter(p -> p.engagementId() == id).orElseThrow(PortalException::notFound);
        EngagementWorkflow.requireState(e, EngagementState.PLAN_SUBMITTED);
        if (plan.status() != ReviewStatus.SUBMITTED) {
            throw PortalException.conflict("ALREADY_REVIEWED");
        }
        requireCommentOnReturn(review);
        boolean approve = review.decision() == Decision.APPROVE;
        boolean overridden = panels.beforeDecision(actor, id, ReviewPanels.Reviewed.PLAN, approve, review.overrideReason());
        plans.review(planId, approve ? ReviewStatus.APPROVED : ReviewStatus.RETURNED, actor.username(), clock.now(), trim(review.comment()));
        EngagementState target = approve ? EngagementState.PLAN_APPROVED : EngagementState.ACCEPTED_BY_AGENCY;
        workflow.move(actor, e, target, review.comment());
        panels.afterDecision(actor, id, ReviewPanels.Reviewed.PLAN, approve);
        inbox.notifyAgency(e.getAgencyId(), approve ? "inbox.engagement.plan-approved" : "inbox.engagement.plan-returned",
                List.of(e.getTitle(), plan.round()), trim(review.comment()), SelectionService.link(id));
        audit.record(actor, approve ? "ENGAGEMENT_PLAN_APPROVED" : "ENGAGEMENT_PLAN_RETURNED", EngagementService.ENTITY, id,
                Changes.create().set("planId", planId).set("round", plan.round()).set("panelOverride", overridden ? true : null)
                        .diff("state", EngagementState.PLAN_SUBMITTED, target).toMap(), trim(review.comment()));
        return plans(actor, id).stream().filter(p -> p.id() == planId).findFirst().orElseThrow();
    }

    @Transactional
    public void startFieldwork(Actor actor, long id) {
        Engagement e = workflow.lock(actor, id);
        EngagementWorkflow.requireState(e, EngagementState.PLAN_APPROVED);
        workflow.move(actor, e, EngagementState.IN_FIELDWORK, null);
        audit.record(actor, "ENGAGEMENT_FIELDWORK_STARTED", EngagementService.ENTITY, id,
                Changes.create().diff("state", EngagementState.PLAN_APPROVED, EngagementState.IN_FIELDWORK).toMap());
    }

    /** A draft or final report during fieldwork, or a reworked report after a FAIL acceptance. */
    @Transactional
    public EngagementViews.ReportView submitReport(Actor actor, long id, EngagementCommands.ReportForm form) {
        Engagement e = workflow.lock(actor, id);
        EngagementState from = e.getState();
        if (from == EngagementState.ACCEPTED) {
            if (!rework.mayRedo(id)) {
                throw PortalException.conflict("REWORK_NOT_ALLOWED");
            }
        } else {
            EngagementWorkflow.requireState(e, EngagementState.IN_FIELDWORK);
        }
        List<FieldProblem> problems = new ArrayList<>();
        checkDocument(id, form.documentId(), Purpose.REPORT, "documentId", problems);
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        int round = reports.findByEngagementIdOrderByRound(id).size() + 1;
        Report report = reports.save(new Report(null, id, round, form.kind(), ReviewStatus.SUBMITTED, form.documentId(),
                trim(form.summary()), actor.username(), clock.now(), null, null, null));
        workflow.move(actor, e, EngagementState.REPORT_SUBMITTED, from == EngagementState.ACCEPTED ? StateChange.Code.REWORK : null, null);
        inbox.notifyUser(e.getSupervisorId(), "inbox.engagement.report-submitted", List.of(e.getTitle(), round), null, SelectionService.link(id));
        audit.record(actor, "ENGAGEMENT_REPORT_SUBMITTED", EngagementService.ENTITY, id, Changes.create()
                .set("reportId", report.id()).set("round", round).set("kind", form.kind()).set("documentId", form.documentId())
                .diff("state", from, EngagementState.REPORT_SUBMITTED).toMap());
        return view(report, documentViews(id), shown(Stream.of(report.submittedBy())));
    }

    /**
     * Approving a FINAL report moves the engagement to REPORT_APPROVED; approving a DRAFT sends it back
     * to fieldwork for the final version; returning either sends it back with the comments.
     */
    @Transactional
    public EngagementViews.ReportView reviewReport(Actor actor, long id, long reportId, EngagementCommands.Review review) {
        Engagement e = workflow.lock(actor, id);
        Report report = reports.findById(reportId).filter(r -> r.engagementId() == id).orElseThrow(PortalException::notFound);
        EngagementWorkflow.requireState(e, EngagementState.REPORT_SUBMITTED);
        if (report.status() != ReviewStatus.SUBMITTED) {
            throw PortalException.conflict("ALREADY_REVIEWED");
        }
        requireCommentOnReturn(review);
        boolean approve = review.decision() == Decision.APPROVE;
        boolean overridden = panels.beforeDecision(actor, id, ReviewPanels.Reviewed.REPORT, approve, review.overrideReason());
        boolean fin = report.kind() == EngagementCommands.ReportKind.FINAL;
        reports.review(reportId, approve ? ReviewStatus.APPROVED : ReviewStatus.RETURNED, actor.username(), clock.now(), trim(review.comment()));
        EngagementState target = approve && fin ? EngagementState.REPORT_APPROVED : EngagementState.IN_FIELDWORK;
        workflow.move(actor, e, target, approve && !fin ? StateChange.Code.DRAFT_APPROVED : null, review.comment());
        panels.afterDecision(actor, id, ReviewPanels.Reviewed.REPORT, approve);
        inbox.notifyAgency(e.getAgencyId(), approve ? "inbox.engagement.report-approved" : "inbox.engagement.report-returned",
                List.of(e.getTitle(), report.round()), trim(review.comment()), SelectionService.link(id));
        audit.record(actor, approve ? "ENGAGEMENT_REPORT_APPROVED" : "ENGAGEMENT_REPORT_RETURNED", EngagementService.ENTITY, id,
                Changes.create().set("reportId", reportId).set("round", report.round()).set("kind", report.kind())
                        .set("panelOverride", overridden ? true : null)
                        .diff("state", EngagementState.REPORT_SUBMITTED, target).toMap(), trim(review.comment()));
        return reports(actor, id).stream().filter(r -> r.id() == reportId).findFirst().orElseThrow();
    }

    @Transactional
    public List<EngagementViews.PlanView> plans(Actor actor, long id) {
        workflow.visible(actor, id);
        Map<Long, EngagementViews.DocumentView> docs = documentViews(id);
        List<Plan> all = plans.findByEngagementIdOrderByRound(id);
        Map<String, String> shown = shown(all.stream().flatMap(p -> Stream.of(p.submittedBy(), p.reviewedBy())));
        return all.stream().map(p -> view(p, docs, shown)).toList();
    }

    @Transactional
    public List<EngagementViews.ReportView> reports(Actor actor, long id) {
        workflow.visible(actor, id);
        Map<Long, EngagementViews.DocumentView> docs = documentViews(id);
        List<Report> all = reports.findByEngagementIdOrderByRound(id);
        Map<String, String> shown = shown(all.stream().flatMap(r -> Stream.of(r.submittedBy(), r.reviewedBy())));
        return all.stream().map(r -> view(r, docs, shown)).toList();
    }

    private void checkDocument(long id, Long documentId, Purpose purpose, String field, List<FieldProblem> problems) {
        if (documentId == null) {
            return;
        }
        boolean ok = documents.findById(documentId).filter(d -> d.engagementId() == id && purpose.name().equals(d.purpose())).isPresent();
        if (!ok) {
            problems.add(new FieldProblem(field, "validation.document-unknown"));
        }
    }

    private static void requireCommentOnReturn(EngagementCommands.Review review) {
        if (review.decision() == Decision.RETURN && (review.comment() == null || review.comment().isBlank())) {
            throw PortalException.invalid("comment", "validation.return-comment-required");
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Who uploaded, submitted or reviewed, as people are named (王业务, not staff): one lookup per view. */
    private Map<String, String> shown(Stream<String> usernames) {
        return people.displayNames(usernames.toList());
    }

    private EngagementViews.DocumentView view(EngagementDocument d, Map<String, String> shown) {
        return new EngagementViews.DocumentView(d.id(), d.purpose(), d.fileName(), d.sizeBytes(), d.sha256(), shown.get(d.uploadedBy()), clock.toOffset(d.uploadedAt()));
    }

    /** The engagement's files by id, read once for all the plans or reports shown. */
    private Map<Long, EngagementViews.DocumentView> documentViews(long engagementId) {
        List<EngagementDocument> all = documents.findByEngagementIdOrderByUploadedAt(engagementId);
        Map<String, String> shown = shown(all.stream().map(EngagementDocument::uploadedBy));
        return all.stream().collect(Collectors.toMap(EngagementDocument::id, d -> view(d, shown)));
    }

    private EngagementViews.PlanView view(Plan p, Map<Long, EngagementViews.DocumentView> docs, Map<String, String> shown) {
        EngagementViews.DocumentView doc = p.documentId() == null ? null : docs.get(p.documentId());
        return new EngagementViews.PlanView(p.id(), p.round(), p.status(),
                json.read(p.team(), Argument.listOf(EngagementViews.TeamEntry.class)),
                json.read(p.schedule(), Argument.listOf(EngagementCommands.Milestone.class)),
                json.read(p.indicators(), Argument.listOf(EngagementCommands.Indicator.class)),
                p.samplingCoverage(), p.method(), doc, shown.get(p.submittedBy()), clock.toOffset(p.submittedAt()), shown.get(p.reviewedBy()), clock.toOffset(p.reviewedAt()),
                p.reviewComment());
    }

    private EngagementViews.ReportView view(Report r, Map<Long, EngagementViews.DocumentView> docs, Map<String, String> shown) {
        return new EngagementViews.ReportView(r.id(), r.round(), r.kind(), r.status(),
                Objects.requireNonNull(docs.get(r.documentId())), r.summary(), shown.get(r.submittedBy()), clock.toOffset(r.submittedAt()),
                shown.get(r.reviewedBy()), clock.toOffset(r.reviewedAt()), r.reviewComment());
    }
}
