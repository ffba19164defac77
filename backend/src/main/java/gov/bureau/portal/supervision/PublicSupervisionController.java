package gov.bureau.portal.supervision;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.platform.BureauClock;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Disclosure of supervision (公开): the yearly inspection results and the granted credit repairs; nothing personal. */
@Tag(name = "Public")
@Refusals.Public
@Controller("/api/public")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PublicSupervisionController {

    private final InspectionQueries queries;
    private final RepairService repairs;
    private final BureauClock clock;

    PublicSupervisionController(InspectionQueries queries, RepairService repairs, BureauClock clock) {
        this.queries = queries;
        this.repairs = repairs;
        this.clock = clock;
    }

    /** The year asked for, or the bureau's current year. */
    private int yearOr(@Nullable Integer year) {
        return year == null ? clock.today().getYear() : year;
    }

    @Operation(summary = "The year's published inspection results: agency, item, conclusion")
    @Get("/inspection-results")
    public PageResponse<SupervisionViews.PublicResult> results(@QueryValue @Nullable @Min(2000) @Max(2999) Integer year,
                                                               @RequestBean PageQuery page) {
        return queries.publicResults(yearOr(year), page);
    }

    @Operation(summary = "The year's granted credit repairs, with the repair date")
    @Get("/credit-repairs")
    public PageResponse<SupervisionViews.PublicRepair> repairs(@QueryValue @Nullable @Min(2000) @Max(2999) Integer year,
                                                              @RequestBean PageQuery page) {
        return repairs.publicRepairs(yearOr(year), page);
    }
}
