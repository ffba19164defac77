package gov.bureau.portal.engagement;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.common.Downloads;
import gov.bureau.portal.common.Messages;
import gov.bureau.portal.common.Spreadsheet;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;
import java.util.Locale;

/** 委托业务: creating engagements, the list, one engagement, termination and closing. */
@Tag(name = "Engagements")
@Refusals
@Controller("/api/engagements")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class EngagementController {

    private final EngagementService service;
    private final EngagementQueries queries;
    private final EngagementExport export;

    EngagementController(EngagementService service, EngagementQueries queries, EngagementExport export) {
        this.service = service;
        this.queries = queries;
        this.export = export;
    }

    @Operation(summary = "Create an engagement", description = "The fee is checked against the fee cap for the type and "
            + "funds involved; an ADMIN may exceed it with feeCapOverrideReason. evaluatedUnits: names, or objects "
            + "{unit, project, funds}.")
    @Post
    public HttpResponse<EngagementCommands.Created> create(Actor actor, @Valid @Body EngagementCommands.EngagementForm form) {
        long id = service.create(actor, form);
        return HttpResponse.created(new EngagementCommands.Created(id), UriBuilder.of("/api/engagements").path(String.valueOf(id)).build());
    }

    @Operation(summary = "List engagements", description = "Filters: state (one or several, comma separated), type, agencyId, "
            + "overdue, supervisorId, q (title). Sort: createdAt (default, newest first), title, fee, plannedStart, plannedEnd, "
            + "deadline, state, id. An agency sees only its own engagements.")
    @Get
    @Secured({Role.AGENCY_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    public PageResponse<EngagementViews.Row> list(Actor actor, @RequestBean EngagementQueries.Filter filter,
                                                  @RequestBean PageQuery page) {
        return queries.list(actor, filter, page);
    }

    @Operation(summary = "The list as an Excel workbook", description = "Same filters and sort as the list; at most 50,000 rows.")
    @Get(value = "/export", produces = {Spreadsheet.CONTENT_TYPE, MediaType.APPLICATION_JSON})
    @Secured({Role.AGENCY_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    public HttpResponse<byte[]> export(HttpRequest<?> request, Actor actor, @RequestBean EngagementQueries.Filter filter,
                                       @Nullable @QueryValue String sort) {
        Locale locale = Messages.localeOf(request);
        byte[] body = export.workbook(actor, filter, sort, locale);
        return Downloads.xlsx(body, (locale.getLanguage().equals("en") ? "engagements" : "委托业务") + ".xlsx");
    }

    @Operation(summary = "Bureau users who may supervise an engagement (enabled STAFF and ADMIN)")
    @Get("/supervisors")
    public List<EngagementViews.Supervisor> supervisors() {
        return queries.supervisors();
    }

    @Operation(summary = "One engagement with its units, timeline and the states it may move to")
    @Get("/{id}")
    @Secured({Role.AGENCY_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    public EngagementViews.Detail get(Actor actor, long id) {
        return service.detail(actor, id);
    }

    @Operation(summary = "Edit an engagement before an agency is selected", description = "Send the version read; a stale one gets 409.")
    @Put("/{id}")
    public EngagementViews.Detail update(Actor actor, long id, @Valid @Body EngagementCommands.EngagementForm form) {
        return service.update(actor, id, form);
    }

    @Operation(summary = "Terminate (解除) with a reason", description = "From any state that is not final.")
    @Post("/{id}/termination")
    public EngagementViews.Detail terminate(Actor actor, long id, @Valid @Body EngagementCommands.Reason body) {
        return service.terminate(actor, id, body.reason());
    }

    @Operation(summary = "Close a settled engagement")
    @Post("/{id}/closure")
    public EngagementViews.Detail close(Actor actor, long id) {
        return service.close(actor, id);
    }
}
