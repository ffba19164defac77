package gov.bureau.portal.results;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.common.Downloads;
import gov.bureau.portal.common.Messages;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.documents.DocumentStore;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;

/** An engagement's results, its feedback letters, its publication and the units' feedback (API.md "Results and rectification"). */
@Tag(name = "Results")
@Refusals
@Controller("/api/engagements/{id}")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ResultsController {

    private final ResultsService results;
    private final Publications publications;
    private final UnitFeedbacks feedbacks;

    ResultsController(ResultsService results, Publications publications, UnitFeedbacks feedbacks) {
        this.results = results;
        this.publications = publications;
        this.feedbacks = feedbacks;
    }

    @Operation(summary = "The results of the evaluated units", description = "A UNIT sees its own units' entries only.")
    @Get("/results")
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME, Role.UNIT_NAME})
    public List<ResultsViews.ResultEntry> results(Actor actor, long id) {
        return results.entries(actor, id);
    }

    @Operation(summary = "Record or revise a result", description = "Once the report is approved; after the letter the findings "
            + "stay and a reason is required. The conclusion follows the result bands in force.")
    @Put("/results/{evaluatedUnitId}")
    public ResultsViews.ResultEntry record(Actor actor, long id, long evaluatedUnitId, @Valid @Body ResultsCommands.ResultForm form) {
        return results.record(actor, id, evaluatedUnitId, form);
    }

    @Operation(summary = "Every version of a result")
    @Get("/results/{evaluatedUnitId}/revisions")
    public List<ResultsViews.Revision> revisions(long id, long evaluatedUnitId) {
        return results.revisions(id, evaluatedUnitId);
    }

    @Operation(summary = "Issue the feedback letter", description = "One per evaluated unit; creates one rectification task per finding.")
    @Post("/results/{evaluatedUnitId}/letter")
    public HttpResponse<ResultsCommands.LetterIssued> letter(Actor actor, long id, long evaluatedUnitId) {
        return HttpResponse.created(results.issueLetter(actor, id, evaluatedUnitId));
    }

    @Operation(summary = "Publish the approved report", description = "multipart: 'file' (the redacted PDF) and 'summary' "
            + "(no ID or phone numbers).")
    @Post(value = "/publication", consumes = {MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON})
    public HttpResponse<ResultsViews.PublicationView> publish(Actor actor, long id, @Nullable @Part("file") CompletedFileUpload file,
                                                              @Nullable @Part("summary") String summary) {
        return HttpResponse.created(publications.publish(actor, id, file == null ? null : DocumentStore.Upload.of(file), summary));
    }

    @Operation(summary = "The engagement's publication", description = "404 when not published.")
    @Get("/publication")
    public ResultsViews.PublicationView publication(long id) {
        return publications.of(id).orElseThrow(gov.bureau.portal.common.PortalException::notFound);
    }

    @Operation(summary = "A unit judges the agency", description = "After its letter, once: rating 1-5, comment; a complaint "
            + "proposes a COMPLAINT credit event.")
    @Post("/unit-feedback")
    @Secured(Role.UNIT_NAME)
    public HttpResponse<ResultsViews.FeedbackView> feedback(Actor actor, long id, @Valid @Body ResultsCommands.UnitFeedback form) {
        return HttpResponse.created(feedbacks.give(actor, id, form));
    }
}
