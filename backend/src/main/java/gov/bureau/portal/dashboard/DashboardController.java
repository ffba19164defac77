package gov.bureau.portal.dashboard;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 统计分析: the bureau's overview. */
@Tag(name = "Dashboard")
@Refusals
@Controller("/api/dashboard")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class DashboardController {

    static final int DEFAULT_MONTHS = 12;
    static final int MAX_MONTHS = 36;

    private final DashboardCache figures;

    DashboardController(DashboardCache figures) {
        this.figures = figures;
    }

    @Operation(summary = "The figures of DOMAIN.md §7", description = "Agencies by status and (in the pool) by credit grade, "
            + "engagements by state, fees contracted against paid by month (the last `months` months, default 12, at most 36), "
            + "overdue plans and reports, certificates about to expire, the distribution of acceptance scores, what waits on the credit side. "
            + "The figures are computed at most once per 30 seconds (portal.dashboard.max-age).")
    @Get
    public DashboardView dashboard(@Nullable @QueryValue Integer months) {
        int m = months == null ? DEFAULT_MONTHS : months;
        if (m < 1 || m > MAX_MONTHS) {
            throw new PortalException(io.micronaut.http.HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                    java.util.List.of(new gov.bureau.portal.common.FieldProblem("months", "validation.range", 1, MAX_MONTHS)));
        }
        return figures.dashboard(m);
    }
}
