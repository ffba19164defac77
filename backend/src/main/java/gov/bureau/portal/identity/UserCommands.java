package gov.bureau.portal.identity;

import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** The requests of the user-management API. */
public final class UserCommands {

    private UserCommands() {
    }

    @Serdeable
    public record CreateUser(
            @NotBlank @Pattern(regexp = "^[A-Za-z0-9_.\\-]{3,64}$", message = "{validation.username}") String username,
            @NotBlank @Size(max = 100) String displayName,
            @NotEmpty Set<Role> roles,
            @NotBlank String password,
            @Nullable Boolean enabled,
            @Nullable Long agencyId,
            @Nullable Long unitId,
            @Nullable Long expertId) {

        /** An account that belongs to no budget unit or expert (bureau users and agencies). */
        public CreateUser(String username, String displayName, Set<Role> roles, String password, @Nullable Boolean enabled,
                          @Nullable Long agencyId) {
            this(username, displayName, roles, password, enabled, agencyId, null, null);
        }
    }

    @Serdeable
    public record UpdateUser(
            @NotBlank @Size(max = 100) String displayName,
            @NotEmpty Set<Role> roles,
            @NotNull Boolean enabled,
            @NotNull Long version) {
    }

    @Serdeable
    public record ChangePassword(@NotBlank String currentPassword, @NotBlank String newPassword) {
    }

    @Serdeable
    public record SignOut(@Nullable String refreshToken) {
    }

    @Serdeable
    public record TemporaryPassword(String temporaryPassword) {
    }

    @Serdeable
    public record Created(Long id) {
    }
}
