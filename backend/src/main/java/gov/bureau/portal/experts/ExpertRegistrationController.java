package gov.bureau.portal.experts;

import gov.bureau.portal.common.Refusals;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Tag(name = "Experts")
@Refusals
@Controller("/api/expert-registrations")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ExpertRegistrationController {

    private final ExpertRegistrations registrations;

    ExpertRegistrationController(ExpertRegistrations registrations) {
        this.registrations = registrations;
    }

    @Operation(summary = "Register as an expert (专家注册)", description = "Creates the expert in SUBMITTED, waiting for the bureau's "
            + "review, and its EXPERT account. The resident ID is checked and must not be registered yet.")
    @Post
    public HttpResponse<ExpertCommands.Created> register(@Valid @Body ExpertCommands.Registration body) {
        long id = registrations.register(body);
        return HttpResponse.created(new ExpertCommands.Created(id), UriBuilder.of("/api/experts").path(Long.toString(id)).build());
    }
}
