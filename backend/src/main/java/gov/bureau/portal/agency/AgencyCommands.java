package gov.bureau.portal.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Requests of the agency API. */
public final class AgencyCommands {

    private AgencyCommands() {
    }

    /** Self-registration (机构注册): the account and the first facts of the agency. */
    @Serdeable
    public record Registration(
            @NotBlank @Pattern(regexp = "^[A-Za-z0-9_.\\-]{3,64}$", message = "{validation.username}") String username,
            @NotBlank String password,
            @NotBlank @Size(max = 200) String agencyName,
            @NotBlank @Size(max = 30) String uscc,
            @NotNull AgencyType agencyType,
            @NotBlank @Size(max = 50) String contactName,
            @NotBlank @Size(max = 20) String contactPhone,
            @NotBlank @Size(max = 254) String email) {
    }

    @Serdeable
    public record Registered(long agencyId) {
    }

    @Serdeable
    public record FieldComment(@NotBlank @Size(max = 200) String field, @NotBlank @Size(max = 1000) String comment) {
    }

    /** A reviewer's decision; RETURN and REJECT need a comment, RETURN may add comments per field. */
    @Serdeable
    public record ReviewDecision(@NotNull Review.Decision decision, @Nullable @Size(max = 2000) String comment,
                                 @Nullable @Valid @Size(max = 100) List<FieldComment> fieldComments) {
    }

    /** Suspend, reinstate, withdraw: always with a reason. */
    @Serdeable
    public record Reason(@NotBlank @Size(max = 1000) String reason) {
    }
}
