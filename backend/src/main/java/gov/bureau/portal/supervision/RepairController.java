package gov.bureau.portal.supervision;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
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

/** Credit repair applications: STAFF reviews, ADMIN decides. */
@Tag(name = "Supervision")
@Refusals
@Controller("/api/credit-repairs")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class RepairController {

    private final RepairService repairs;

    RepairController(RepairService repairs) {
        this.repairs = repairs;
    }

    @Operation(summary = "Repair applications", description = "Filters status (APPLIED, REVIEWED, GRANTED, REFUSED), agencyId.")
    @Get
    public PageResponse<SupervisionViews.RepairView> list(Actor actor, @Nullable @QueryValue RepairStatus status,
                                                          @Nullable @QueryValue Long agencyId, @RequestBean PageQuery page) {
        return repairs.list(actor, status, agencyId, page);
    }

    @Secured({Role.AGENCY_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    @Operation(summary = "One repair application (the bureau, or the agency that applied)")
    @Get("/{id}")
    public SupervisionViews.RepairView one(Actor actor, long id) {
        return repairs.one(actor, id);
    }

    @Operation(summary = "STAFF's review: recommendation GRANT or REFUSE with a comment")
    @Post("/{id}/review")
    public SupervisionViews.RepairView review(Actor actor, long id, @Body @Valid SupervisionCommands.ReviewRepair command) {
        return repairs.review(actor, id, command);
    }

    @Operation(summary = "ADMIN's decision: GRANTED (the event stops counting today, or the blacklisting is lifted) or REFUSED")
    @Secured(Role.ADMIN_NAME)
    @Post("/{id}/decision")
    public SupervisionViews.RepairView decide(Actor actor, long id, @Body @Valid SupervisionCommands.DecideRepair command) {
        return repairs.decide(actor, id, command);
    }
}
