package gov.bureau.portal.agency;

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

@Tag(name = "Agencies")
@Refusals
@Controller("/api/registrations")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class RegistrationController {

    private final RegistrationService registrations;

    public RegistrationController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Operation(summary = "Register an agency (机构注册)", description = "Creates the agency in DRAFT and its AGENCY account. "
            + "The USCC is checked (GB 32100-2015 with the embedded GB 11714 organisation code) and must not be registered yet.")
    @Post
    public HttpResponse<AgencyCommands.Registered> register(@Valid @Body AgencyCommands.Registration command) {
        long id = registrations.register(command);
        return HttpResponse.created(new AgencyCommands.Registered(id), UriBuilder.of("/api/agencies").path(Long.toString(id)).build());
    }
}
