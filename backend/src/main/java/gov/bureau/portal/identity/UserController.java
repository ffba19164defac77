package gov.bureau.portal.identity;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.security.Role;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Tag(name = "Users")
@Refusals
@Controller("/api/users")
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
public class UserController {

    private final UserService service;

    public UserController(UserService service) {
        this.service = service;
    }

    @Operation(summary = "List users", description = "Filters: q (user name or display name), role, enabled, agencyId, unitId. "
            + "Sort: username (default), displayName, createdAt, lastLoginAt.")
    @Get
    public PageResponse<UserView> list(@Nullable @QueryValue String q, @Nullable @QueryValue Role role,
                                       @Nullable @QueryValue Boolean enabled, @Nullable @QueryValue Long agencyId,
                                       @Nullable @QueryValue Long unitId, @RequestBean PageQuery page) {
        return service.list(new UserService.Filter(q, role, enabled, agencyId, unitId), page);
    }

    @Operation(summary = "One user")
    @Get("/{id}")
    public UserView get(Long id) {
        return service.get(id);
    }

    @Operation(summary = "Create a user")
    @Post
    public HttpResponse<UserCommands.Created> create(Actor actor, @Valid @Body UserCommands.CreateUser command) {
        Long id = service.create(actor, command);
        return HttpResponse.created(new UserCommands.Created(id), UriBuilder.of("/api/users").path(id.toString()).build());
    }

    @Operation(summary = "Edit display name, roles and whether the account is enabled", description = "Send the version you read; a stale version gets 409.")
    @Put("/{id}")
    public UserView update(Actor actor, Long id, @Valid @Body UserCommands.UpdateUser command) {
        return service.update(actor, id, command);
    }

    @Operation(summary = "Reset the password", description = "Answers a temporary password that the user must change at the next sign-in.")
    @Post("/{id}/password-reset")
    public UserCommands.TemporaryPassword resetPassword(Actor actor, Long id) {
        return new UserCommands.TemporaryPassword(service.resetPassword(actor, id));
    }

    @Operation(summary = "Lift a lock caused by repeated wrong passwords")
    @Post("/{id}/unlock")
    public UserView unlock(Actor actor, Long id) {
        return service.unlock(actor, id);
    }
}
