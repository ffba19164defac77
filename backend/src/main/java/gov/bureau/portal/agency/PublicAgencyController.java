package gov.bureau.portal.agency;

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

/** 机构名录: the public directory, without sign-in and without personal data (DOMAIN.md §6 disclosure). */
@Tag(name = "Public directory")
@Refusals.Public
@Controller("/api/public/agencies")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PublicAgencyController {

    private final AgencyQueries queries;

    public PublicAgencyController(AgencyQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "Approved, suspended and blacklisted agencies", description = "Filters: q (name contains, or USCC "
            + "starts with), type, grade, status, blacklisted. Sort: name (default), agencyType, grade, status.")
    @Get
    public PageResponse<AgencyViews.PublicAgency> list(@Nullable @QueryValue String q, @Nullable @QueryValue AgencyType type,
                                                       @Nullable @QueryValue CreditGrade grade,
                                                       @Nullable @QueryValue AgencyStatus status,
                                                       @Nullable @QueryValue Boolean blacklisted, @RequestBean PageQuery page) {
        return queries.publicList(new AgencyQueries.PublicFilter(status, type, grade, q, blacklisted), page);
    }

    @Operation(summary = "An agency's public card", description = "Organisation facts and counts; 404 for an agency the "
            + "directory does not list.")
    @Get("/{id}")
    public AgencyViews.PublicCard card(long id) {
        return queries.publicCard(id);
    }
}
