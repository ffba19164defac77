package gov.bureau.portal.credit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The requests of the credit API (API.md "Credit"). */
public final class CreditCommands {

    private CreditCommands() {
    }

    /**
     * A staff proposal. {@code type} is an event type code of the table in force; {@code source}
     * defaults to the type's; {@code fileIds} are uploads of the caller (POST /api/credit-files).
     */
    @Serdeable
    public record ProposeEvent(@NotNull Long agencyId,
                               @NotBlank @Size(max = 40) String type,
                               @Nullable Long engagementId,
                               @NotBlank @Size(max = 4000) String evidence,
                               @Nullable EventSource source,
                               @Nullable List<Long> fileIds) {
    }

    @Serdeable
    public record Confirm(@Nullable @Size(max = 1000) String comment) {
    }

    @Serdeable
    public record Withdraw(@NotBlank @Size(max = 1000) String reason) {
    }

    @Serdeable
    public record RaiseObjection(@NotBlank @Size(max = 2000) String reason, @Nullable List<Long> fileIds) {
    }

    @Serdeable
    public record Decide(@NotNull @Pattern(regexp = "UPHELD|DISMISSED", message = "{validation.credit-outcome}") String outcome,
                         @NotBlank @Size(max = 2000) String comment) {
    }

    /**
     * {@code until} is the last day on the list; without it the default period of the rule table
     * applies. The ground: {@code eventId}, a confirmed event of the agency of a type that proposes
     * blacklisting, or {@code fileIds}, evidence files (uploads of the caller), with the reason.
     */
    @Serdeable
    public record Blacklist(@NotBlank @Size(max = 1000) String reason, @Nullable LocalDate until,
                            @Nullable @Size(max = 4000) String evidence, @Nullable Long eventId,
                            @Nullable List<Long> fileIds) {
    }

    @Serdeable
    public record Repair(@NotBlank @Size(max = 1000) String reason) {
    }

    @Serdeable
    public record Publish(@NotNull @Min(2000) @Max(2999) Integer year, @Nullable @Size(max = 1000) String note) {
    }

    @Serdeable
    public record Created(Long id) {
    }
}
