package gov.bureau.portal.acceptance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Requests and answers of the acceptance API. */
public final class AcceptanceViews {

    private AcceptanceViews() {
    }

    @Serdeable
    public record TemplateItem(String id, String stage, String name, @Nullable String nameEn, BigDecimal maxPoints,
                               @Nullable String guidance) {
    }

    /** {@code id} is the template version's id, which assessments keep. */
    @Serdeable
    public record Template(long id, int version, List<TemplateItem> items, BigDecimal maxTotal, OffsetDateTime publishedAt,
                           String publishedBy) {
    }

    @Serdeable
    public record PublishTemplate(@NotEmpty @Size(max = 50) List<ScoringTemplateRules.Item> items,
                                  @NotBlank @Size(max = 1000) String reason) {
    }

    @Serdeable
    public record ScoreInput(@Nullable String itemId, @Nullable @PositiveOrZero @Digits(integer = 3, fraction = 1) BigDecimal points) {
    }

    @Serdeable
    public record Assess(@NotEmpty @Size(max = 50) List<@Valid @NotNull ScoreInput> scores, @Nullable @Size(max = 4000) String comment) {
    }

    /** The answer to a scoring (API.md): total, grade, feeRatio, payableAmount. */
    @Serdeable
    public record Assessed(long acceptanceId, int round, BigDecimal total, AcceptanceGrade grade, BigDecimal feeRatio,
                           BigDecimal payableAmount, long templateVersionId) {
    }

    /** What a scoring would give, computed by the server without saving (the preview before submitting). */
    @Serdeable
    public record Preview(BigDecimal total, AcceptanceGrade grade, BigDecimal feeRatio, BigDecimal payableAmount) {
    }

    @Serdeable
    public record ScoredItem(String itemId, String stage, String name, BigDecimal maxPoints, BigDecimal points) {
    }

    @Serdeable
    public record Round(long acceptanceId, int round, BigDecimal total, AcceptanceGrade grade, BigDecimal payableAmount,
                        String scoredBy, OffsetDateTime scoredAt, @Nullable OffsetDateTime supersededAt,
                        @Nullable String supersededReason) {
    }

    @Serdeable
    public record AssessmentView(long acceptanceId, int round, BigDecimal total, AcceptanceGrade grade, BigDecimal feeRatio,
                                 BigDecimal fee, BigDecimal payableAmount, @Nullable String comment, String scoredBy,
                                 OffsetDateTime scoredAt, long templateVersionId, int templateVersion,
                                 BigDecimal maxTotal, long gradeBandsVersionId, long feeRatioVersionId,
                                 List<ScoredItem> items, boolean locked, boolean reopened, List<Round> history) {
    }

    /** A payment; {@code kind} RECOVERY records money the agency paid back (追回), up to the amount to recover. */
    @Serdeable
    public record PaymentForm(@NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal amount, @NotNull LocalDate paidOn,
                              @NotBlank @Size(max = 100) String reference, @Nullable PaymentKind kind) {
    }

    @Serdeable
    public record PaymentView(long id, PaymentKind kind, BigDecimal amount, LocalDate paidOn, String reference, String recordedBy,
                              OffsetDateTime recordedAt) {
    }

    /**
     * The fee (API.md): {@code payableAmount} = fee × feeRatio once scored, {@code paidAmount} counts every
     * payment including advances, {@code remaining} = payable − paid (negative: to recover). Before
     * acceptance only advances are possible, up to {@code advanceLimit}. {@code paymentsOpen} says whether
     * a payment or recovery may be recorded now (the state takes payments, the acceptance is not reopened,
     * and once scored the balance is not zero); the UI shows its payment form by it.
     */
    @Serdeable
    public record FeeView(BigDecimal fee, @Nullable BigDecimal feeRatio, @Nullable BigDecimal payableAmount,
                          BigDecimal paidAmount, @Nullable BigDecimal remaining, @Nullable BigDecimal toRecover,
                          @Nullable AcceptanceGrade grade, @Nullable BigDecimal advanceShare, @Nullable BigDecimal advanceLimit,
                          @Nullable LocalDate contractedOn, @Nullable Long feeRatioVersionId, @Nullable Integer feeRatioVersion,
                          @Nullable Long advanceShareVersionId, boolean locked, boolean reopened, boolean paymentsOpen,
                          List<PaymentView> payments, boolean mayScore, boolean mayRescore) {

        /**
         * {@code mayScore}: the bureau may give the first score now; {@code mayRescore}: it may correct the
         * score now ({@link ScoringWindow}). Both false for an agency.
         */
        AcceptanceViews.FeeView withoutScoring() {
            return new FeeView(fee, feeRatio, payableAmount, paidAmount, remaining, toRecover, grade, advanceShare, advanceLimit,
                    contractedOn, feeRatioVersionId, feeRatioVersion, advanceShareVersionId, locked, reopened, paymentsOpen,
                    payments, false, false);
        }
    }
}
