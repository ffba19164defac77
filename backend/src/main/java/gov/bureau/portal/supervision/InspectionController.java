package gov.bureau.portal.supervision;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Inspections (API.md "Supervision"): the bureau opens, records and concludes; the agency answers its own items. */
@Tag(name = "Supervision")
@Refusals
@Controller("/api/inspections")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class InspectionController {

    private final InspectionSampling sampling;
    private final InspectionPapers papers;
    private final InspectionFindings findings;
    private final InspectionQueries queries;

    InspectionController(InspectionSampling sampling, InspectionPapers papers, InspectionFindings findings,
                         InspectionQueries queries) {
        this.sampling = sampling;
        this.papers = papers;
        this.findings = findings;
        this.queries = queries;
    }

    @Operation(summary = "Open an inspection and draw its sample", description = "kind RECHECK (抽查复核: accepted engagements "
            + "of the year, stratified by agency) or PRACTICE_QUALITY (执业质量检查: agencies of the active pool and, for each, "
            + "inspectors drawn from the enabled STAFF accounts). share (0, 1] and minimum default to the rule table "
            + "supervision.settings. The answer holds the seed, the population size and the sampled items; the record "
            + "re-runs with GET .../verification (algorithm: StratifiedSample).")
    @Post
    public HttpResponse<SupervisionViews.Opened> open(Actor actor, @Body @Valid SupervisionCommands.OpenInspection command) {
        return HttpResponse.created(sampling.open(actor, command));
    }

    @Operation(summary = "Inspections, newest first", description = "Filters year, kind. Sort: id, year.")
    @Get
    public PageResponse<SupervisionViews.InspectionRow> list(@Nullable @QueryValue Integer year,
                                                             @Nullable @QueryValue InspectionKind kind, @RequestBean PageQuery page) {
        return queries.list(year, kind, page);
    }

    @Operation(summary = "One inspection: its draw, checklist and every item with papers, findings, inspectors")
    @Get("/{id}")
    public SupervisionViews.InspectionView one(Actor actor, long id) {
        return queries.inspection(actor, id);
    }

    @Operation(summary = "Re-run the recorded draw", description = "{\"reproduced\": true} when the stored seed and "
            + "population give the stored sample (and inspectors).")
    @Get("/{id}/verification")
    public SupervisionViews.Verification verification(long id) {
        return sampling.verify(id);
    }

    @Operation(summary = "Publish the inspection's results in the yearly public list")
    @Post("/{id}/publication")
    public HttpResponse<Void> publish(Actor actor, long id) {
        papers.publish(actor, id);
        return HttpResponse.noContent();
    }

    @Operation(summary = "One item (the bureau, or the agency it concerns)")
    @Secured({Role.AGENCY_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    @Get("/{id}/items/{itemId}")
    public SupervisionViews.ItemView item(Actor actor, long id, long itemId) {
        return queries.item(actor, id, itemId);
    }

    @Operation(summary = "Ask the agency for its working papers (工作底稿)", description = "deadline defaults to today plus "
            + "the rule table's days (default 10).")
    @Post("/{id}/items/{itemId}/workpaper-request")
    public SupervisionViews.ItemView requestPapers(Actor actor, long id, long itemId,
                                                   @RequestBody(required = false) @Body @Valid @Nullable
                                                   SupervisionCommands.RequestPapers command) {
        papers.requestPapers(actor, id, itemId, command);
        return queries.item(actor, id, itemId);
    }

    @Operation(summary = "The agency uploads a working paper (PDF, JPEG or PNG) before the deadline", description =
            "multipart/form-data with a part 'file'. 409 PAPERS_NOT_REQUESTED, PAPERS_DEADLINE_PASSED.")
    @Secured(Role.AGENCY_NAME)
    @Post(value = "/{id}/items/{itemId}/workpapers", consumes = {MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON})
    public HttpResponse<SupervisionViews.ItemView> uploadPapers(Actor actor, long id, long itemId,
                                                                @Nullable @Part("file") CompletedFileUpload file) {
        papers.uploadPapers(actor, id, itemId, file == null ? null : DocumentStore.Upload.of(file));
        return HttpResponse.created(queries.item(actor, id, itemId));
    }

    @Operation(summary = "Download a working paper (the bureau, or the agency it concerns)")
    @Secured({Role.AGENCY_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    @Get(value = "/{id}/items/{itemId}/workpapers/{paperId}", produces = {MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    public HttpResponse<byte[]> workpaper(Actor actor, long id, long itemId, long paperId) {
        InspectionPapers.Download d = papers.workpaper(actor, id, itemId, paperId);
        return gov.bureau.portal.common.Downloads.attachment(d.content(), d.fileName(), MediaType.of(d.contentType()));
    }

    @Operation(summary = "Record a finding against the inspection's checklist", description = "checklist: one "
            + "{itemId, result} per question (MET, PARTLY_MET, NOT_MET); conclusion SATISFACTORY, MINOR_ISSUES or "
            + "MAJOR_ISSUES; misconductType, a credit event type with negative points (e.g. FABRICATED_WORKPAPERS), "
            + "proposes that credit event for the agency (objection window as usual), answered as creditEventId.")
    @Post("/{id}/items/{itemId}/findings")
    public HttpResponse<SupervisionViews.FindingView> finding(Actor actor, long id, long itemId,
                                                              @Body @Valid SupervisionCommands.RecordFinding command) {
        Records.Finding f = findings.recordFinding(actor, id, itemId, command);
        return HttpResponse.created(queries.item(actor, id, itemId).findings().stream()
                .filter(v -> v.id().equals(f.id())).findFirst().orElseThrow());
    }

    @Operation(summary = "The agency's rectification answer to the findings")
    @Secured(Role.AGENCY_NAME)
    @Post("/{id}/items/{itemId}/rectification")
    public SupervisionViews.ItemView rectify(Actor actor, long id, long itemId, @Body @Valid SupervisionCommands.Rectify command) {
        findings.rectify(actor, id, itemId, command);
        return queries.item(actor, id, itemId);
    }

    @Operation(summary = "The bureau's conclusion on the item")
    @Post("/{id}/items/{itemId}/conclusion")
    public SupervisionViews.ItemView conclude(Actor actor, long id, long itemId, @Body @Valid SupervisionCommands.Conclude command) {
        findings.conclude(actor, id, itemId, command);
        return queries.item(actor, id, itemId);
    }
}
