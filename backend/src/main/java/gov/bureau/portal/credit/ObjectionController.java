package gov.bureau.portal.credit;

import gov.bureau.portal.common.Downloads;
import gov.bureau.portal.common.Messages;
import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Tag(name = "Credit")
@Refusals
@Controller("/api/objections")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ObjectionController {

    private final ObjectionService service;
    private final ObjectionQueries queries;
    private final CreditExport export;

    public ObjectionController(ObjectionService service, ObjectionQueries queries, CreditExport export) {
        this.service = service;
        this.queries = queries;
        this.export = export;
    }

    @Operation(summary = "Objections (异议) and their state", description = "Filters: status (PENDING, UPHELD, DISMISSED), "
            + "kind (EVENT, ACCEPTANCE_SCORE), agencyId, q. Sort: submittedAt (default, newest first), decidedAt, status, agencyName.")
    @Get
    public PageResponse<CreditViews.ObjectionView> list(@RequestBean ObjectionQueries.ObjectionFilter filter,
                                                        @RequestBean PageQuery page) {
        return queries.objections(filter, page);
    }

    @Operation(summary = "The objections as an Excel file", description = "The list's filters and sort; at most 50,000 rows; "
            + "kinds, states and event types named in the reader's language, people by display name.")
    @Get("/export")
    public HttpResponse<byte[]> export(HttpRequest<?> request, @RequestBean ObjectionQueries.ObjectionFilter filter,
                                       @Nullable @QueryValue String sort) {
        CreditExport.File file = export.objections(filter, sort, Messages.localeOf(request));
        return Downloads.xlsx(file.bytes(), file.name());
    }

    @Operation(summary = "One objection")
    @Get("/{id}")
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME, Role.AGENCY_NAME})
    public CreditViews.ObjectionView get(Actor actor, long id) {
        return queries.objection(actor, id);
    }

    @Operation(summary = "Decide an objection (ADMIN)", description = "outcome UPHELD (the event is withdrawn; for an "
            + "acceptance score the acceptance is reopened to be scored again) or DISMISSED (a suspended proposal comes into "
            + "force today); the comment is required and shown to the agency.")
    @Post("/{id}/decision")
    @Secured(Role.ADMIN_NAME)
    public CreditViews.ObjectionView decide(Actor actor, long id, @Valid @Body CreditCommands.Decide command) {
        service.decide(actor, id, command);
        return queries.objection(actor, id);
    }
}
