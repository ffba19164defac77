package gov.bureau.portal.integrity;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Related agencies for the bureau (DOMAIN.md §12). */
@Tag(name = "Selection integrity")
@Refusals
@Controller("/api/agency-relations")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class RelationController {

    private final RelationService service;

    RelationController(RelationService service) {
        this.service = service;
    }

    @Operation(summary = "Groups of related agencies", description = "Approved agencies sharing a legal representative, a "
            + "practitioner or lead evaluator (by ID number), a phone, an own e-mail domain or an address, grouped as connected "
            + "components with the evidence of each link; dismissed links listed apart with their reasons.")
    @Get
    public RelationViews.Groups groups() {
        return service.groups();
    }

    @Operation(summary = "Dismiss a link with a reason (audited)", description = "The link no longer ties the two agencies, "
            + "also in a draw. 409 when already dismissed.")
    @Post("/links/{id}/dismissal")
    public RelationViews.LinkView dismiss(Actor actor, long id, @Valid @Body RelationViews.Dismissal body) {
        return service.dismiss(actor, id, body.reason());
    }

    @Operation(summary = "Confirm a group as related (audited)", description = "The group's id is its smallest agency id.")
    @Post("/groups/{id}/confirmation")
    public RelationViews.Confirmation confirm(Actor actor, long id,
                                              @RequestBody(required = false) @Valid @Nullable @Body RelationViews.Confirm body) {
        return service.confirm(actor, id, body == null ? null : body.comment());
    }
}
