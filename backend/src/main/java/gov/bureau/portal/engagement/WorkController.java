package gov.bureau.portal.engagement;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.documents.DocumentStore;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;

/** The agency's work and its review: files, plans, reports, fieldwork, the coordination log. */
@Tag(name = "Engagements: work and review")
@Refusals
@Controller("/api/engagements/{id}")
@Secured({Role.AGENCY_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class WorkController {

    private final WorkService service;
    private final CoordinationLog log;

    WorkController(WorkService service, CoordinationLog log) {
        this.service = service;
        this.log = log;
    }

    @Operation(summary = "Upload a PDF (plan, report, procurement evidence)", description = "multipart/form-data with a part "
            + "'file' and a field 'purpose' (PLAN, REPORT, PROCUREMENT, OTHER). Only PDF, recognised by its content; "
            + "size-limited; the SHA-256 is kept.")
    @Post(value = "/documents", consumes = {MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON})
    public HttpResponse<EngagementViews.DocumentView> upload(Actor actor, long id, @Part("file") CompletedFileUpload file,
                                                             @Nullable @Part("purpose") String purpose) {
        WorkService.Purpose p = purpose == null || purpose.isBlank() ? WorkService.Purpose.OTHER : purposeOf(purpose);
        return HttpResponse.created(service.upload(actor, id, p, DocumentStore.Upload.of(file)));
    }

    @Operation(summary = "The files of the engagement")
    @Get("/documents")
    public List<EngagementViews.DocumentView> documents(Actor actor, long id) {
        return service.documents(actor, id);
    }

    @Operation(summary = "Download a file of the engagement")
    @Get(value = "/documents/{documentId}", produces = {MediaType.APPLICATION_PDF, MediaType.APPLICATION_JSON})
    public HttpResponse<byte[]> download(Actor actor, long id, long documentId) {
        WorkService.Download d = service.download(actor, id, documentId);
        return gov.bureau.portal.common.Downloads.attachment(d.content(), d.fileName(), MediaType.APPLICATION_PDF_TYPE);
    }

    @Operation(summary = "The selected agency's registered people, for the plan's team")
    @Get("/people")
    public List<EngagementViews.Person> people(Actor actor, long id) {
        return service.people(actor, id);
    }

    @Operation(summary = "The work plans submitted, newest first")
    @Get("/plans")
    public List<EngagementViews.PlanView> plans(Actor actor, long id) {
        return service.plans(actor, id);
    }

    @Operation(summary = "Submit the work plan (agency)", description = "Team from the agency's registered people with a lead "
            + "evaluator, schedule, indicators whose weights add up to 100, sampling coverage, method, optionally a PDF.")
    @Post("/plans")
    @Secured(Role.AGENCY_NAME)
    public HttpResponse<EngagementViews.PlanView> submitPlan(Actor actor, long id, @Valid @Body EngagementCommands.PlanForm body) {
        return HttpResponse.created(service.submitPlan(actor, id, body));
    }

    @Operation(summary = "Approve or return a plan", description = "A return needs a comment.")
    @Post("/plans/{planId}/review")
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
    public EngagementViews.PlanView reviewPlan(Actor actor, long id, long planId, @Valid @Body EngagementCommands.Review body) {
        return service.reviewPlan(actor, id, planId, body);
    }

    @Operation(summary = "Start fieldwork after the plan is approved")
    @Post("/fieldwork")
    public HttpResponse<?> fieldwork(Actor actor, long id) {
        service.startFieldwork(actor, id);
        return HttpResponse.noContent();
    }

    @Operation(summary = "The reports submitted (drafts and final), newest first")
    @Get("/reports")
    public List<EngagementViews.ReportView> reports(Actor actor, long id) {
        return service.reports(actor, id);
    }

    @Operation(summary = "Submit a draft or final report (agency)", description = "The PDF is uploaded first (purpose REPORT).")
    @Post("/reports")
    @Secured(Role.AGENCY_NAME)
    public HttpResponse<EngagementViews.ReportView> submitReport(Actor actor, long id, @Valid @Body EngagementCommands.ReportForm body) {
        return HttpResponse.created(service.submitReport(actor, id, body));
    }

    @Operation(summary = "Approve or return a report", description = "Approving the FINAL report moves the engagement to "
            + "REPORT_APPROVED; an approved DRAFT asks for the final version. A return needs a comment.")
    @Post("/reports/{reportId}/review")
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
    public EngagementViews.ReportView reviewReport(Actor actor, long id, long reportId, @Valid @Body EngagementCommands.Review body) {
        return service.reviewReport(actor, id, reportId, body);
    }

    @Operation(summary = "The coordination log")
    @Get("/issues")
    public List<EngagementViews.IssueView> issues(Actor actor, long id) {
        return log.issues(actor, id);
    }

    @Operation(summary = "Raise an issue in the coordination log")
    @Post("/issues")
    public HttpResponse<EngagementViews.IssueView> raise(Actor actor, long id, @Valid @Body EngagementCommands.IssueForm body) {
        return HttpResponse.created(log.raise(actor, id, body));
    }

    @Operation(summary = "Resolve an issue of the coordination log")
    @Post("/issues/{issueId}/resolution")
    public EngagementViews.IssueView resolve(Actor actor, long id, long issueId, @Valid @Body EngagementCommands.Resolution body) {
        return log.resolve(actor, id, issueId, body);
    }

    private static WorkService.Purpose purposeOf(String purpose) {
        try {
            return WorkService.Purpose.valueOf(purpose.trim());
        } catch (IllegalArgumentException bad) {
            throw gov.bureau.portal.common.PortalException.malformed("purpose", "validation.invalid-value");
        }
    }
}
