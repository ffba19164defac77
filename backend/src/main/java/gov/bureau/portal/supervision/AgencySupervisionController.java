package gov.bureau.portal.supervision;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The agency's side of supervision: its inspected items and its credit repair applications. */
@Tag(name = "Supervision")
@Refusals
@Controller("/api/agencies/me")
@Secured(Role.AGENCY_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AgencySupervisionController {

    private final InspectionQueries queries;
    private final RepairService repairs;

    AgencySupervisionController(InspectionQueries queries, RepairService repairs) {
        this.queries = queries;
        this.repairs = repairs;
    }

    @Operation(summary = "The agency's inspected items: requests for working papers, findings, rectification")
    @Get("/inspection-items")
    public PageResponse<SupervisionViews.ItemView> items(Actor actor, @RequestBean PageQuery page) {
        return queries.agencyItems(actor, page);
    }

    @Operation(summary = "Apply for credit repair (信用修复)", description = "{eventId | blacklistId, commitment: true, "
            + "explanation, correctionProof}. 409 REPAIR_TOO_EARLY before the minimum disclosure period (the message names "
            + "the first day), REPAIR_NOT_AGAIN for an agency repaired before that offended again within the period, "
            + "REPAIR_PENDING while an application for the same record is open.")
    @Post("/credit-repairs")
    public HttpResponse<SupervisionViews.RepairView> apply(Actor actor, @Body @Valid SupervisionCommands.ApplyRepair command) {
        return HttpResponse.created(repairs.apply(actor, command));
    }

    @Operation(summary = "The agency's repair applications")
    @Get("/credit-repairs")
    public PageResponse<SupervisionViews.RepairView> mine(Actor actor, @RequestBean PageQuery page) {
        return repairs.list(actor, null, null, page);
    }
}
