package gov.bureau.portal.engagement;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;

/** Choosing the agency: eligibility, selection by DRAW, MERIT or PROCUREMENT, verification, the agency's answer. */
@Tag(name = "Engagements: selection")
@Refusals
@Controller("/api/engagements/{id}")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class SelectionController {

    private final SelectionService service;

    SelectionController(SelectionService service) {
        this.service = service;
    }

    @Operation(summary = "Who may be chosen now", description = "Eligible agencies ranked for MERIT (credit grade, track record "
            + "in the same type of work, qualified lead evaluators, credit score) and every excluded agency with its reason.")
    @Get("/eligibility")
    public EngagementViews.EligibilityView eligibility(Actor actor, long id) {
        return service.eligibility(actor, id);
    }

    @Operation(summary = "Choose the agency", description = "DRAW: a weighted random draw among the eligible agencies (at least "
            + "the configured minimum), answered with seed, eligible, excluded and selectedAgencyId. MERIT: agencyId and "
            + "justification. PROCUREMENT: agencyId, procurementMethod, procurementReference, procurementDate, documentId. "
            + "409 while a selection waits for the agency's answer.")
    @Post("/selection")
    public EngagementViews.SelectionView select(Actor actor, long id, @Valid @Body EngagementCommands.Select body) {
        return service.select(actor, id, body);
    }

    @Operation(summary = "Every round of selection with its evidence")
    @Get("/selections")
    public List<EngagementViews.SelectionView> selections(Actor actor, long id) {
        return service.history(actor, id);
    }

    @Operation(summary = "Re-run the recorded draw", description = "Answers reproduced=true when the stored pool and seed give "
            + "the recorded agency again.")
    @Get("/selection/verification")
    public EngagementViews.Verification verify(Actor actor, long id) {
        return service.verify(actor, id);
    }

    @Operation(summary = "The selected agency accepts or declines", description = "accept=true needs noConflictOfInterest=true; "
            + "a decline needs a reason and sends the engagement back for a new selection without the decliner.")
    @Post("/confirmation")
    @Secured(Role.AGENCY_NAME)
    public EngagementViews.SelectionView confirm(Actor actor, long id, @Valid @Body EngagementCommands.Confirmation body) {
        return service.confirm(actor, id, body);
    }
}
