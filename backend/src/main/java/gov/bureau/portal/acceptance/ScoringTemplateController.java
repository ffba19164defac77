package gov.bureau.portal.acceptance;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.http.HttpResponse;
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

/** The acceptance scoring template (验收考核评分表): read by the bureau, versions published by an ADMIN. */
@Tag(name = "Acceptance and fee")
@Refusals
@Controller("/api/scoring-templates")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ScoringTemplateController {

    private final AcceptanceService service;

    ScoringTemplateController(AcceptanceService service) {
        this.service = service;
    }

    @Operation(summary = "The template in force", description = "id is the template version's id, which assessments keep.")
    @Get("/current")
    public AcceptanceViews.Template current() {
        return service.currentTemplate();
    }

    @Operation(summary = "Publish a new template version (ADMIN)", description = "Items with id, stage (BEFORE, DURING, AFTER), "
            + "name, maxPoints (adding up to 100) and guidance; a reason is required. Also at PUT /api/rules/acceptance.scoring-template.")
    @Post
    @Secured(Role.ADMIN_NAME)
    public HttpResponse<AcceptanceViews.Template> publish(Actor actor, @Valid @Body AcceptanceViews.PublishTemplate body) {
        return HttpResponse.created(service.publishTemplate(actor, body));
    }
}
