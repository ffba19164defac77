package gov.bureau.portal.credit;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.common.Downloads;
import gov.bureau.portal.common.Messages;
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
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;


@Tag(name = "Credit")
@Refusals
@Controller("/api/credit-events")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class CreditEventController {

    private final CreditEventService service;
    private final ObjectionService objections;
    private final LedgerQueries ledger;
    private final ObjectionQueries objectionQueries;
    private final CreditExport export;

    public CreditEventController(CreditEventService service, ObjectionService objections, LedgerQueries ledger,
                                 ObjectionQueries objectionQueries, CreditExport export) {
        this.service = service;
        this.objections = objections;
        this.ledger = ledger;
        this.objectionQueries = objectionQueries;
        this.export = export;
    }

    @Operation(summary = "The credit ledger of all agencies",
            description = "Filters: agencyId, q (agency name or USCC), type (event type code), source, status (PROPOSED, "
                    + "OBJECTED, EFFECTIVE, EXPIRED, WITHDRAWN as the event reads today), from/to (proposal date), "
                    + "objection (PENDING, UPHELD, DISMISSED), blacklistProposal (events proposing blacklisting with no "
                    + "blacklist decision yet), engagementId. Sort: proposedOn (default, newest first), effectiveOn, "
                    + "expiresOn, points, type, agencyName, status.")
    @Get
    public PageResponse<CreditViews.EventView> list(@RequestBean LedgerQueries.EventFilter filter, @RequestBean PageQuery page) {
        return ledger.events(filter, page);
    }

    @Operation(summary = "The ledger as an Excel file", description = "The list's filters and sort; at most 50,000 rows.")
    @Get("/export")
    public HttpResponse<byte[]> export(HttpRequest<?> request, @RequestBean LedgerQueries.EventFilter filter,
                                       @Nullable @QueryValue String sort) {
        CreditExport.File file = export.events(filter, sort, Messages.localeOf(request));
        return Downloads.xlsx(file.bytes(), file.name());
    }

    @Operation(summary = "One credit event with its objections (the bureau, or the agency concerned)")
    @Get("/{id}")
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME, Role.AGENCY_NAME})
    public CreditViews.EventView get(Actor actor, long id) {
        return ledger.event(actor, id);
    }

    @Operation(summary = "Propose a credit event (STAFF, ADMIN)",
            description = "type is a code of the event type table in force (GET /api/rules/credit.event-types); acceptance "
                    + "results are recorded by the system. evidence is required; fileIds are the caller's uploads "
                    + "(POST /api/credit-files). The event is shown to the agency and comes into force the day after "
                    + "the objection window unless the agency objects.")
    @Post
    public HttpResponse<CreditViews.EventView> propose(Actor actor, @Valid @Body CreditCommands.ProposeEvent command) {
        CreditEvent e = service.propose(actor, command);
        return HttpResponse.created(ledger.event(actor, e.getId()),
                UriBuilder.of("/api/credit-events").path(e.getId().toString()).build());
    }

    @Operation(summary = "Confirm a proposed event (ADMIN)",
            description = "The agency keeps its objection window: the event counts from the window's end, unless the agency "
                    + "waived it or the rule table credit.objection-window has confirmationInForceAtOnce. 409 OBJECTION_PENDING "
                    + "when an objection waits, CREDIT_EVENT_CONFIRMED when it was confirmed already.")
    @Post("/{id}/confirmation")
    @Secured(Role.ADMIN_NAME)
    public CreditViews.EventView confirm(Actor actor, long id,
                                         @RequestBody(required = false) @Valid @Nullable @Body CreditCommands.Confirm command) {
        service.confirm(actor, id, command);
        return ledger.event(actor, id);
    }

    @Operation(summary = "Waive the objection window of a proposed event (the agency concerned)",
            description = "The event counts from today and can no longer be objected to. 409 OBJECTION_WAIVED (once), "
                    + "OBJECTION_EXISTS, OBJECTION_WINDOW_CLOSED, CREDIT_WAIVER_NOT_OPEN (not a proposal); another agency's event is 404.")
    @Post("/{id}/waiver")
    @Secured(Role.AGENCY_NAME)
    public CreditViews.EventView waive(Actor actor, long id) {
        service.waiveObjection(actor, id);
        return ledger.event(actor, id);
    }

    @Operation(summary = "Withdraw an event (ADMIN)", description = "A reason is required. Acceptance results are "
            + "corrected by reopening the acceptance (409 CREDIT_EVENT_SYSTEM).")
    @Post("/{id}/withdrawal")
    @Secured(Role.ADMIN_NAME)
    public CreditViews.EventView withdraw(Actor actor, long id, @Valid @Body CreditCommands.Withdraw command) {
        service.withdraw(actor, id, command);
        return ledger.event(actor, id);
    }

    @Operation(summary = "Object to an event or to the acceptance score it records (the agency concerned)",
            description = "Within the objection window (409 OBJECTION_WINDOW_CLOSED after it), once per event. A proposed "
                    + "event is suspended until an ADMIN decides; an objection to an acceptance result is recorded against "
                    + "the engagement.")
    @Post("/{id}/objections")
    @Secured(Role.AGENCY_NAME)
    public HttpResponse<CreditViews.ObjectionView> object(Actor actor, long id,
                                                          @Valid @Body CreditCommands.RaiseObjection command) {
        CreditObjection o = objections.object(actor, id, command);
        return HttpResponse.created(objectionQueries.objection(actor, o.getId()),
                UriBuilder.of("/api/objections").path(o.getId().toString()).build());
    }
}
