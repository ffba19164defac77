package gov.bureau.portal.credit;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** An agency's credit record and its blacklisting (API.md "Credit"). */
@Tag(name = "Credit")
@Refusals
@Controller("/api/agencies")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AgencyCreditController {

    private final CreditQueries queries;
    private final BlacklistService blacklist;

    public AgencyCreditController(CreditQueries queries, BlacklistService blacklist) {
        this.queries = queries;
        this.blacklist = blacklist;
    }

    @Operation(summary = "An agency's credit: score, grade, blacklisting and the first page of the ledger",
            description = "STAFF, ADMIN, or that agency (another agency gets 404). The score as of today: clamp(0, 100, "
                    + "base + points of the events in force). events: the newest 20 of the ledger; eventsTotal counts them "
                    + "all; the other pages: GET /api/agencies/{id}/credit/events.")
    @Get("/{id}/credit")
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME, Role.AGENCY_NAME})
    public CreditViews.AgencyCredit credit(Actor actor, long id) {
        return queries.agencyCredit(actor, id);
    }

    @Operation(summary = "An agency's ledger, page by page", description = "STAFF, ADMIN, or that agency (another agency "
            + "gets 404). Newest first by default; sort as the ledger list (proposedOn, effectiveOn, expiresOn, points, "
            + "type, status).")
    @Get("/{id}/credit/events")
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME, Role.AGENCY_NAME})
    public PageResponse<CreditViews.EventView> events(Actor actor, long id, @RequestBean PageQuery page) {
        return queries.agencyEvents(actor, id, page);
    }

    @Operation(summary = "Put an agency on the blacklist (ADMIN)", description = "until is the last day on the list; "
            + "without it the default period applies (rule table credit.blacklist-period). 409 ALREADY_BLACKLISTED.")
    @Post("/{id}/blacklist")
    @Secured(Role.ADMIN_NAME)
    public CreditViews.AgencyCredit blacklist(Actor actor, long id, @Valid @Body CreditCommands.Blacklist command) {
        blacklist.blacklist(actor, id, command);
        return queries.agencyCredit(actor, id);
    }

    @Operation(summary = "Credit repair: take an agency off the blacklist now (ADMIN)", description = "A reason is required.")
    @Delete("/{id}/blacklist")
    @Secured(Role.ADMIN_NAME)
    public CreditViews.AgencyCredit repair(Actor actor, long id, @Valid @Body CreditCommands.Repair command) {
        blacklist.repair(actor, id, command);
        return queries.agencyCredit(actor, id);
    }
}
