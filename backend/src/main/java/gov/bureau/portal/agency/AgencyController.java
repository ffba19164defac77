package gov.bureau.portal.agency;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.documents.DocumentStore;
import gov.bureau.portal.common.Downloads;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;

/** The agency's own profile (AGENCY) and the agency pool (STAFF, ADMIN). */
@Tag(name = "Agencies")
@Refusals
@Controller("/api/agencies")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class AgencyController {

    private final AgencyService service;
    private final AgencyReviewService review;
    private final ProfileHistory history;
    private final AgencyQueries queries;
    private final DocumentService documents;
    private final AgencyExport export;
    private final AgencyFlags flags;

    public AgencyController(AgencyService service, AgencyReviewService review, ProfileHistory history, AgencyQueries queries, DocumentService documents,
                            AgencyExport export, AgencyFlags flags) {
        this.service = service;
        this.review = review;
        this.history = history;
        this.queries = queries;
        this.documents = documents;
        this.export = export;
        this.flags = flags;
    }

    // ------------------------------------------------------------------ the agency's own

    @Operation(summary = "My agency with its working profile", description = "All nine blocks of DOMAIN.md §3; during a "
            + "change request the profile shown is the change being prepared, while the approved profile stays in force.")
    @Get("/me")
    @Secured(Role.AGENCY_NAME)
    public AgencyViews.AgencyView mine(Actor actor) {
        return service.mine(actor);
    }

    @Operation(summary = "Save my profile", description = "Every block but the documents (see /me/documents). Formats are "
            + "checked field by field; completeness only at submission. Once approved, the edit is a change request. "
            + "Pass version (from GET) to be refused with 409 when someone saved in between.")
    @Put("/me")
    @Secured(Role.AGENCY_NAME)
    public AgencyViews.AgencyView update(Actor actor, @Nullable @QueryValue Long version, @Valid @Body ProfileData profile) {
        return service.updateMine(actor, profile, version);
    }

    @Operation(summary = "Submit the draft or the change request for review", description = "422 PROFILE_INCOMPLETE lists "
            + "what is missing, field by field; the message names the block.")
    @Post("/me/submission")
    @Secured(Role.AGENCY_NAME)
    public AgencyViews.AgencyView submit(Actor actor) {
        return service.submitMine(actor);
    }

    @Operation(summary = "Discard my change request (before it is submitted, or after it was returned)")
    @Delete("/me/change")
    @Secured(Role.AGENCY_NAME)
    public AgencyViews.AgencyView discardChange(Actor actor) {
        return service.discardChange(actor);
    }

    @Operation(summary = "Confirm my profile for this year (年度信息确认)")
    @Post("/me/annual-confirmation")
    @Secured(Role.AGENCY_NAME)
    public AgencyViews.AgencyView confirmYear(Actor actor) {
        return service.confirmYear(actor);
    }

    @Operation(summary = "Leave the agency pool at my own request (退出)")
    @Post("/me/withdrawal")
    @Secured(Role.AGENCY_NAME)
    public AgencyViews.AgencyView withdrawMine(Actor actor, @Valid @Body AgencyCommands.Reason body) {
        return service.withdrawMine(actor, body.reason());
    }

    @Operation(summary = "Upload a document into my working profile", description = "multipart/form-data with file and "
            + "category. PDF, JPG or PNG judged by the content; larger than portal.documents.max-size (default 10 MB) is 413.")
    @Post(value = "/me/documents", consumes = {MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON})
    @Secured(Role.AGENCY_NAME)
    public HttpResponse<ProfileData.DocumentRef> upload(Actor actor, @Nullable @Part("file") CompletedFileUpload file,
                                                        @Nullable @Part("category") String category) {
        if (file == null) {
            throw PortalException.malformed("file", "validation.required");
        }
        DocumentCategory parsed = parseCategory(category);
        ProfileData.DocumentRef ref = documents.upload(actor, parsed, DocumentStore.Upload.of(file));
        return HttpResponse.created(ref);
    }

    @Operation(summary = "Take a document out of my working profile")
    @Delete("/me/documents/{documentId}")
    @Secured(Role.AGENCY_NAME)
    public HttpResponse<Void> removeDocument(Actor actor, long documentId) {
        documents.remove(actor, documentId);
        return HttpResponse.noContent();
    }

    // ------------------------------------------------------------------ the pool

    @Operation(summary = "The agency pool (机构库)", description = "Filters: status, type, grade (credit), q (name contains, "
            + "or USCC starts with), pendingReview, attention (annual confirmation overdue or certificates expiring). Sort: "
            + "name, uscc, agencyType, status, registeredAt, submittedAt, updatedAt (default, desc), grade.")
    @Get
    public PageResponse<AgencyViews.AgencyRow> list(@RequestBean AgencyQueries.Filter filter, @RequestBean PageQuery page) {
        return queries.list(filter, page);
    }

    @Operation(summary = "The agency pool as an Excel file, with the list's filters and sort")
    @Get("/export")
    public HttpResponse<byte[]> export(HttpRequest<?> request, @RequestBean AgencyQueries.Filter filter,
                                       @Nullable @QueryValue String sort) {
        AgencyExport.File file = export.export(filter, sort, gov.bureau.portal.common.Messages.localeOf(request));
        return Downloads.xlsx(file.bytes(), file.name());
    }

    @Operation(summary = "One agency", description = "The bureau sees the profile in force with ID numbers masked and, when "
            + "a version waits for review, that version with what changed; an agency sees only itself.")
    @Get("/{id}")
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME, Role.AGENCY_NAME})
    public AgencyViews.AgencyView get(Actor actor, long id) {
        return service.get(actor, id);
    }

    @Operation(summary = "Every submitted version, newest first, with its review")
    @Get("/{id}/versions")
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME, Role.AGENCY_NAME})
    public List<AgencyViews.VersionView> versions(Actor actor, long id) {
        return history.versions(actor, id);
    }

    @Operation(summary = "One submitted version with what changed against the version it was compared with")
    @Get("/{id}/versions/{number}")
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME, Role.AGENCY_NAME})
    public AgencyViews.VersionDetail version(Actor actor, long id, int number) {
        return history.version(actor, id, number);
    }

    @Operation(summary = "Download a document", description = "The owning agency and the bureau only. inline=true lets the "
            + "browser show it.")
    @Get("/{id}/documents/{documentId}")
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME, Role.AGENCY_NAME})
    public HttpResponse<StreamedFile> download(Actor actor, long id, long documentId, @Nullable @QueryValue Boolean inline) {
        DocumentService.Download d = documents.download(actor, id, documentId);
        StreamedFile file = new StreamedFile(d.entry().getInputStream(), MediaType.of(d.document().contentType()));
        return Downloads.file(HttpResponse.ok(file), d.document().fileName(), file.getMediaType(), Boolean.TRUE.equals(inline))
                .header("ETag", "\"" + d.document().sha256() + "\"");
    }

    @Operation(summary = "Decide the version waiting for review", description = "APPROVE, RETURN (comment required, "
            + "fieldComments optional) or REJECT (comment required). 409 when nothing waits.")
    @Post("/{id}/review")
    public AgencyViews.AgencyView review(Actor actor, long id, @Valid @Body AgencyCommands.ReviewDecision body) {
        return review.review(actor, id, body);
    }

    @Operation(summary = "Suspend an approved agency (暂停)")
    @Post("/{id}/suspension")
    public AgencyViews.AgencyView suspend(Actor actor, long id, @Valid @Body AgencyCommands.Reason body) {
        return review.suspend(actor, id, body.reason());
    }

    @Operation(summary = "Reinstate a suspended agency")
    @Post("/{id}/reinstatement")
    public AgencyViews.AgencyView reinstate(Actor actor, long id, @Valid @Body AgencyCommands.Reason body) {
        return review.reinstate(actor, id, body.reason());
    }

    @Operation(summary = "Record an agency's withdrawal from the pool (退出)")
    @Post("/{id}/withdrawal")
    public AgencyViews.AgencyView withdraw(Actor actor, long id, @Valid @Body AgencyCommands.Reason body) {
        return review.withdraw(actor, id, body.reason());
    }

    @Operation(summary = "Run the nightly check of annual confirmations and certificate expiry now (ADMIN)")
    @Post("/flag-check")
    @Secured(Role.ADMIN_NAME)
    public AgencyFlags.Result checkFlags() {
        return flags.check();
    }

    private static DocumentCategory parseCategory(@Nullable String category) {
        if (category == null || category.isBlank()) {
            throw PortalException.malformed("category", "validation.required");
        }
        try {
            return DocumentCategory.valueOf(category.strip());
        } catch (IllegalArgumentException e) {
            throw PortalException.malformed("category", "validation.invalid-value");
        }
    }

}
