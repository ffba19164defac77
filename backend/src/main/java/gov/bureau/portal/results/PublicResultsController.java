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

/** The public results page: published reports by year. */
@Tag(name = "Public")
@Refusals.Public
@Controller("/api/public/results")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PublicResultsController {

    private final Publications publications;

    PublicResultsController(Publications publications) {
        this.publications = publications;
    }

    @Operation(summary = "Published results", description = "Filter year; one row per evaluated unit/project, id is the publication's.")
    @Get
    public PageResponse<ResultsViews.PublicResult> list(@Nullable @QueryValue Integer year, @RequestBean PageQuery page) {
        return publications.list(year, page);
    }

    @Operation(summary = "The published (redacted) report PDF")
    @Get(value = "/{id}/pdf", produces = {MediaType.APPLICATION_PDF, MediaType.APPLICATION_JSON})
    public HttpResponse<byte[]> pdf(long id) {
        Publications.Pdf p = publications.pdf(id);
        return Downloads.file(HttpResponse.ok(p.bytes()), p.fileName(), MediaType.APPLICATION_PDF_TYPE, true);
    }
}
