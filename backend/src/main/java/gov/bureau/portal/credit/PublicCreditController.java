package gov.bureau.portal.credit;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** Disclosure (公示, DOMAIN.md §6): the public blacklist and the published yearly results; nothing personal. */
@Tag(name = "Public")
@Refusals.Public
@Controller("/api/public")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PublicCreditController {

    private final BlacklistQueries queries;
    private final CreditResults results;

    public PublicCreditController(BlacklistQueries queries, CreditResults results) {
        this.queries = queries;
        this.results = results;
    }

    @Operation(summary = "黑名单公示: agencies on the blacklist today, with reason and period", description = "Filter q "
            + "(name or USCC). Sort: startOn (default, newest first), until, agencyName.")
    @Get("/blacklist")
    public PageResponse<CreditViews.PublicBlacklistEntry> blacklist(@Nullable @QueryValue String q, @RequestBean PageQuery page) {
        return queries.publicBlacklist(q, page);
    }

    @Operation(summary = "信用评价结果: the published years")
    @Get("/credit-results")
    public List<CreditViews.Publication> publications() {
        return results.publications();
    }

    @Operation(summary = "One year's published credit results", description = "Filters grade, q. Sort: score (default, "
            + "best first), grade, name.")
    @Get("/credit-results/{year}")
    public PageResponse<CreditViews.ResultLine> year(int year, @Nullable @QueryValue String grade,
                                                     @Nullable @QueryValue String q, @RequestBean PageQuery page) {
        return results.lines(year, grade, q, page);
    }
}
