package gov.bureau.portal.identity;

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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The signed-in user: who am I, my password, signing out. */
@Tag(name = "Session")
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MeController {

    private final UserService users;
    private final RefreshTokens refreshTokens;

    public MeController(UserService users, RefreshTokens refreshTokens) {
        this.users = users;
        this.refreshTokens = refreshTokens;
    }

    @Get("/me")
    public Me me(Actor actor) {
        return users.me(actor);
    }

    @Operation(summary = "Change my password")
    @Post("/me/password")
    @Status(HttpStatus.NO_CONTENT)
    public void changePassword(Actor actor, @Valid @Body UserCommands.ChangePassword command) {
        users.changeOwnPassword(actor, command);
    }

    @Operation(summary = "Sign out", description = "Revokes the given refresh token, or every refresh token of the user when none is given.")
    @Post("/logout")
    public HttpResponse<Void> logout(Actor actor, @io.micronaut.core.annotation.Nullable @Body UserCommands.SignOut body) {
        refreshTokens.signOut(actor.userId(), body == null ? null : body.refreshToken());
        return HttpResponse.noContent();
    }
}
