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

/** Result application (结果应用): suggested and decided budget actions, and the export for the budget section. */
@Tag(name = "Results")
@Refusals
@Controller("/api/result-applications")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ApplicationController {

    private final Applications applications;

    ApplicationController(Applications applications) {
        this.applications = applications;
    }

    @Operation(summary = "Result applications", description = "Filters year, unitId, conclusion; sort evaluatedUnitId (default, newest "
            + "first), conclusion.")
    @Get
    public PageResponse<ResultsViews.ApplicationRow> list(@Nullable @QueryValue Integer year, @Nullable @QueryValue Long unitId,
                                                          @Nullable @QueryValue Conclusion conclusion, @RequestBean PageQuery page) {
        return applications.list(new Applications.Filter(year, unitId, conclusion), page);
    }

    @Operation(summary = "The list as xlsx", description = "Same filters; at most 50,000 rows.")
    @Get(value = "/export", produces = {gov.bureau.portal.common.Spreadsheet.CONTENT_TYPE, MediaType.APPLICATION_JSON})
    public HttpResponse<byte[]> export(HttpRequest<?> request, @Nullable @QueryValue Integer year, @Nullable @QueryValue Long unitId,
                                       @Nullable @QueryValue Conclusion conclusion, @Nullable @QueryValue String sort) {
        return Downloads.xlsx(applications.export(new Applications.Filter(year, unitId, conclusion), sort, Messages.localeOf(request)),
                "result-applications.xlsx");
    }

    @Operation(summary = "Record the decided action", description = "{decidedAction, decidedAmount, reason}; REDUCE and CANCEL need "
            + "an amount up to the evaluated year's funds.")
    @Put("/{evaluatedUnitId}")
    public ResultsViews.ApplicationRow decide(Actor actor, long evaluatedUnitId, @Valid @Body ResultsCommands.Decision body) {
        return applications.decide(actor, evaluatedUnitId, body);
    }
}
