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

/** The bureau's credit overviews: standings of all agencies, blacklist entries, what waits, yearly results. */
@Tag(name = "Credit")
@Refusals
@Controller("/api")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class CreditListController {

    private final CreditQueries queries;
    private final BlacklistQueries blacklist;
    private final CreditResults results;
    private final CreditExport export;

    public CreditListController(CreditQueries queries, BlacklistQueries blacklist, CreditResults results, CreditExport export) {
        this.queries = queries;
        this.blacklist = blacklist;
        this.results = results;
        this.export = export;
    }

    @Operation(summary = "Agencies with their credit score and grade",
            description = "From the read model credit_standing. Default: the pool (approved and suspended agencies). "
                    + "Filters: grade, blacklisted, q (name or USCC), agencyStatus, agencyType. Sort: name (default), "
                    + "score, grade, uscc, agencyType.")
    @Get("/credit-standings")
    public PageResponse<CreditViews.StandingView> standings(@RequestBean CreditQueries.StandingFilter filter,
                                                            @RequestBean PageQuery page) {
        return queries.standings(filter, page);
    }

    @Operation(summary = "The standings as an Excel file", description = "The list's filters and sort; at most 50,000 rows; "
            + "type and pool status named in the reader's language.")
    @Get("/credit-standings/export")
    public HttpResponse<byte[]> exportStandings(HttpRequest<?> request, @RequestBean CreditQueries.StandingFilter filter,
                                                @Nullable @QueryValue String sort) {
        CreditExport.File file = export.standings(filter, sort, Messages.localeOf(request));
        return Downloads.xlsx(file.bytes(), file.name());
    }

    @Operation(summary = "Blacklist entries, current and past", description = "Filters: state (CURRENT, ENDED, ALL), "
            + "agencyId, q. Sort: startOn (default, newest first), until, agencyName.")
    @Get("/blacklist")
    public PageResponse<CreditViews.BlacklistView> blacklist(@RequestBean BlacklistQueries.BlacklistFilter filter,
                                                             @RequestBean PageQuery page) {
        return blacklist.blacklist(filter, page);
    }

    @Operation(summary = "What waits for the bureau on the credit side")
    @Get("/credit-summary")
    public CreditViews.Summary summary() {
        return queries.summary();
    }

    @Operation(summary = "Publish a year's credit results (ADMIN)", description = "A snapshot of the standings of the "
            + "agencies in the pool, kept for good; once per year (409 CREDIT_RESULTS_PUBLISHED). Also done on 1 January "
            + "for the previous year if nobody did.")
    @Post("/credit-results")
    @Secured(Role.ADMIN_NAME)
    public HttpResponse<CreditViews.Publication> publish(Actor actor, @Valid @Body CreditCommands.Publish command) {
        return HttpResponse.created(results.publish(actor, command.year(), command.note()));
    }
}
