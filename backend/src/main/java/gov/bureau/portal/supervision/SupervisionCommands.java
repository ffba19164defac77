package gov.bureau.portal.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The requests of the supervision API (API.md "Supervision"). */
public final class SupervisionCommands {

    private SupervisionCommands() {
    }

    /** {@code share} (0, 1] and {@code minimum} default to the rule table (supervision.settings) of the kind. */
    @Serdeable
    public record OpenInspection(@NotNull @Min(2000) @Max(2999) Integer year, @NotNull InspectionKind kind,
                                 @Nullable BigDecimal share, @Nullable @Min(0) @Max(1000) Integer minimum) {
    }

    /** {@code deadline} defaults to today plus the rule table's days (default 10). */
    @Serdeable
    public record RequestPapers(@Nullable LocalDate deadline, @Nullable @Size(max = 1000) String note) {
    }

    @Serdeable
    public record CheckResult(@NotBlank @Size(max = 40) String itemId,
                              @NotNull @Pattern(regexp = "MET|PARTLY_MET|NOT_MET", message = "{validation.supervision-check-result}") String result) {
    }

    /**
     * {@code checklist}: one result per question of the inspection's checklist; {@code conclusion}
     * SATISFACTORY, MINOR_ISSUES or MAJOR_ISSUES; {@code misconductType}: a credit event type (e.g.
     * FABRICATED_WORKPAPERS), which proposes that event for the agency, answered as {@code creditEventId}.
     */
    @Serdeable
    public record RecordFinding(@NotEmpty @Valid List<CheckResult> checklist, @NotNull Conclusion conclusion,
                                @Nullable @Size(max = 4000) String comment, @Nullable @Size(max = 40) String misconductType) {
    }

    @Serdeable
    public record Rectify(@NotBlank @Size(max = 4000) String answer) {
    }

    @Serdeable
    public record Conclude(@NotNull Conclusion outcome, @Nullable @Size(max = 2000) String comment) {
    }

    /** Exactly one of {@code eventId} and {@code blacklistId}; the written commitment (信用承诺书) must be given. */
    @Serdeable
    public record ApplyRepair(@Nullable Long eventId, @Nullable Long blacklistId,
                              @NotNull @AssertTrue(message = "{validation.supervision-commitment}") Boolean commitment,
                              @NotBlank @Size(max = 4000) String explanation,
                              @Nullable @Size(max = 4000) String correctionProof) {
    }

    @Serdeable
    public record ReviewRepair(@NotNull @Pattern(regexp = "GRANT|REFUSE", message = "{validation.supervision-recommendation}") String recommendation,
                               @NotBlank @Size(max = 2000) String comment) {
    }

    @Serdeable
    public record DecideRepair(@NotNull @Pattern(regexp = "GRANTED|REFUSED", message = "{validation.supervision-outcome}") String outcome,
                               @NotBlank @Size(max = 2000) String comment) {
    }
}
