package gov.bureau.portal.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** The requests of the results API (API.md "Results and rectification"). */
public final class ResultsCommands {

    private ResultsCommands() {
    }

    @Serdeable
    public record BudgetUnitForm(@NotBlank @Size(max = 200) String name,
                                 @NotBlank @Size(max = 40) String code,
                                 @Nullable @Size(max = 200) String department,
                                 @Nullable Long version) {
    }

    @Serdeable
    public record Created(long id) {
    }

    @Serdeable
    public record FindingForm(@NotBlank @Size(max = 2000) String text, @NotNull FindingCategory category) {
    }

    /** {@code reason}: required once the letter is issued (a change after issue is a new, reasoned revision). */
    @Serdeable
    public record ResultForm(@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal score,
                             @NotNull @Size(max = 50) List<@Valid @NotNull FindingForm> findings,
                             @Nullable @Size(max = 4000) String recommendations,
                             @Nullable @Size(max = 1000) String reason) {
    }

    @Serdeable
    public record LetterIssued(long letterId, List<Long> taskIds) {
    }

    @Serdeable
    public record Answer(@NotBlank @Size(max = 4000) String measures) {
    }

    public enum ReviewDecision { ACCEPT, RETURN }

    @Serdeable
    public record Review(@NotNull ReviewDecision decision, @Nullable @Size(max = 4000) String comment) {
    }

    @Serdeable
    public record ExtensionRequest(@NotNull @Min(1) @Max(365) Integer days, @NotBlank @Size(max = 1000) String reason) {
    }

    @Serdeable
    public record ExtensionDecision(@NotNull Boolean grant, @Nullable @Size(max = 1000) String comment) {
    }

    @Serdeable
    public record Decision(@NotNull BudgetAction decidedAction,
                           @Nullable @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal decidedAmount,
                           @NotBlank @Size(max = 1000) String reason) {
    }

    @Serdeable
    public record UnitFeedback(@NotNull @Min(1) @Max(5) Integer rating,
                               @Nullable @Size(max = 4000) String comment,
                               @NotNull Boolean complaint) {
    }
}
