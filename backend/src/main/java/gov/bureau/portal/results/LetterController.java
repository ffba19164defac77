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

/** Feedback letters: the bureau's and the unit's own. */
@Tag(name = "Results")
@Refusals
@Controller("/api/feedback-letters")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME, Role.UNIT_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class LetterController {

    private final ResultsService results;
    private final LetterPdf pdf;

    LetterController(ResultsService results, LetterPdf pdf) {
        this.results = results;
        this.pdf = pdf;
    }

    @Operation(summary = "Letters of a unit", description = "A UNIT its own; the bureau gives unitId. Newest first, at most 100.")
    @Get
    public List<ResultsViews.LetterView> list(Actor actor, @Nullable @QueryValue Long unitId) {
        return results.letters(actor, unitId);
    }

    @Operation(summary = "One feedback letter with its tasks")
    @Get("/{letterId}")
    public ResultsViews.LetterView get(Actor actor, long letterId) {
        return results.letter(actor, letterId);
    }

    @Operation(summary = "The letter as a PDF")
    @Get(value = "/{letterId}/pdf", produces = {MediaType.APPLICATION_PDF, MediaType.APPLICATION_JSON})
    public HttpResponse<byte[]> pdf(Actor actor, long letterId) {
        return Downloads.attachment(pdf.render(actor, letterId), "评价结果反馈意见书-" + letterId + ".pdf", MediaType.APPLICATION_PDF_TYPE);
    }
}
