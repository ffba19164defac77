package gov.bureau.portal.experts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
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

/** Requests of the experts' API (API.md "Experts"). */
public final class ExpertCommands {

    private ExpertCommands() {
    }

    /** An expert's data, as the bureau enters it or the expert registers it. */
    @Serdeable
    public record ExpertForm(@NotBlank @Size(max = 50) String name,
                             @NotBlank @Size(max = 18) String idNumber,
                             @NotNull ExpertTitle title,
                             @NotEmpty @Size(max = 20) List<@NotBlank String> specialties,
                             @NotBlank @Size(max = 200) String employer,
                             @NotBlank @Size(max = 20) String phone,
                             @Nullable @Size(max = 100) String email,
                             @Nullable @Size(max = 100) String bankName,
                             @Nullable @Size(max = 40) String bankAccount,
                             @Nullable Long version) {
    }

    /** Self-registration: the expert's data and the account to sign in with. */
    @Serdeable
    public record Registration(@NotBlank @Size(max = 50) String name,
                               @NotBlank @Size(max = 18) String idNumber,
                               @NotNull ExpertTitle title,
                               @NotEmpty @Size(max = 20) List<@NotBlank String> specialties,
                               @NotBlank @Size(max = 200) String employer,
                               @NotBlank @Size(max = 20) String phone,
                               @Nullable @Size(max = 100) String email,
                               @Nullable @Size(max = 100) String bankName,
                               @Nullable @Size(max = 40) String bankAccount,
                               @NotBlank @Pattern(regexp = "^[A-Za-z0-9_.\\-]{3,64}$", message = "{validation.username}") String username,
                               @NotBlank String password) {

        ExpertForm form() {
            return new ExpertForm(name, idNumber, title, specialties, employer, phone, email, bankName, bankAccount, null);
        }
    }

    public enum Decision { APPROVE, REJECT }

    @Serdeable
    public record Review(@NotNull Decision decision, @Nullable @Size(max = 1000) String comment) {
    }

    @Serdeable
    public record StatusChange(@NotNull ExpertStatus status, @Nullable @Size(max = 1000) String reason) {
    }

    public enum Purpose { PLAN, REPORT }

    @Serdeable
    public record PanelRequest(@Nullable @Min(1) @Max(15) Integer size, @NotBlank @Size(max = 40) String specialty,
                               @NotNull Purpose purpose, @Nullable BigDecimal days) {
    }

    @Serdeable
    public record Decline(@NotBlank @Size(max = 1000) String reason) {
    }

    @Serdeable
    public record ItemPoints(@NotBlank @Size(max = 20) String itemId, @NotNull BigDecimal points) {
    }

    @Serdeable
    public record Opinion(@NotNull Consolidation.Verdict verdict, @NotNull @Size(max = 30) List<@NotNull ItemPoints> items,
                          @Nullable @Size(max = 4000) String comment) {
    }

    @Serdeable
    public record Rating(@NotNull Long expertId, @NotNull @Min(1) @Max(5) Integer onTime, @NotNull @Min(1) @Max(5) Integer substantive,
                         @Nullable @Size(max = 1000) String comment) {
    }

    @Serdeable
    public record Payment(@NotNull LocalDate paidOn, @NotBlank @Size(max = 100) String reference) {
    }

    @Serdeable
    public record Created(long id) {
    }
}
