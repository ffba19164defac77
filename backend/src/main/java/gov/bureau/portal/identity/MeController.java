package gov.bureau.portal.identity;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.security.Actor;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The signed-in user: who am I, my password, signing out. */
@Tag(name = "Session")
@Refusals
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MeController {

    private final UserService users;

    public MeController(UserService users) {
        this.users = users;
    }

    @Operation(summary = "The signed-in user")
    @Get("/me")
    public Me me(Actor actor) {
        return users.me(actor);
    }

    @Operation(summary = "Change my password", description = "Ends every other session of the user: their access and "
            + "refresh tokens are refused from the next request on. This session goes on.")
    @Post("/me/password")
    @Status(HttpStatus.NO_CONTENT)
    public void changePassword(Actor actor, Authentication authentication, @Valid @Body UserCommands.ChangePassword command) {
        users.changeOwnPassword(actor, Sessions.idOf(authentication), command);
    }

    @Operation(summary = "Sign out", description = "Ends this session and that of the given refresh token, or every session "
            + "of the user when no refresh token is given. The access tokens of an ended session are refused from the next request on.")
    @Post("/logout")
    public HttpResponse<Void> logout(Actor actor, Authentication authentication, @RequestBody(required = false)
                                     @io.micronaut.core.annotation.Nullable @Body UserCommands.SignOut body) {
        users.signOut(actor, Sessions.idOf(authentication), body == null ? null : body.refreshToken());
        return HttpResponse.noContent();
    }
}
