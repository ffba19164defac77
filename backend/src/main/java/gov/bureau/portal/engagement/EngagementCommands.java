package gov.bureau.portal.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The requests of the engagement API. */
public final class EngagementCommands {

    private EngagementCommands() {
    }

    /**
     * Creating or editing an engagement. {@code evaluatedUnits} holds unit names, or objects
     * {@code {"unit", "project", "funds"}} naming the project and the funds involved.
     * {@code feeCapOverrideReason}: an ADMIN's reason for a fee above the cap.
     */
    @Serdeable
    public record EngagementForm(
            @NotBlank @Size(max = 200) String title,
            @NotNull EngagementType type,
            @NotBlank @Size(max = 200) String commissioningUnit,
            @NotEmpty @Size(max = 50) List<JsonNode> evaluatedUnits,
            @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal fundsInvolved,
            @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal fee,
            @NotNull LocalDate plannedStart,
            @NotNull LocalDate plannedEnd,
            @NotNull Long supervisorId,
            @Nullable @Size(max = 1000) String feeCapOverrideReason,
            @Nullable Long version) {
    }

    @Serdeable
    public record Created(long id) {
    }

    @Serdeable
    public record Reason(@NotBlank @Size(max = 1000) String reason) {
    }

    /**
     * Choosing the agency. DRAW needs nothing else; MERIT needs {@code agencyId} and
     * {@code justification}; PROCUREMENT needs {@code agencyId}, {@code procurementMethod},
     * {@code procurementReference}, {@code procurementDate} and may name an uploaded {@code documentId};
     * a PROCUREMENT fee below the low-fee share of the fee cap ({@link LowFeeRules}) needs {@code justification}.
     */
    @Serdeable
    public record Select(
            @NotNull Method method,
            @Nullable Long agencyId,
            @Nullable @Size(max = 4000) String justification,
            @Nullable ProcurementMethod procurementMethod,
            @Nullable @Size(max = 100) String procurementReference,
            @Nullable LocalDate procurementDate,
            @Nullable Long documentId) {
    }

    public enum Method { DRAW, MERIT, PROCUREMENT }

    /** 公开招标, 邀请招标, 竞争性谈判, 竞争性磋商, 询价, 单一来源, 框架协议, other. */
    public enum ProcurementMethod {
        PUBLIC_TENDER, INVITED_TENDER, COMPETITIVE_NEGOTIATION, COMPETITIVE_CONSULTATION, INQUIRY, SINGLE_SOURCE,
        FRAMEWORK_AGREEMENT, OTHER
    }

    /** The selected agency's answer: accept with the declaration that it has no conflict of interest, or decline. */
    @Serdeable
    public record Confirmation(@NotNull Boolean accept, @Nullable Boolean noConflictOfInterest,
                               @Nullable @Size(max = 1000) String reason) {
    }

    @Serdeable
    public record TeamMember(@NotNull Long personId, @NotNull TeamRole role, @Nullable @Size(max = 200) String duty) {
    }

    public enum TeamRole { LEAD, MEMBER }

    @Serdeable
    public record Milestone(@NotBlank @Size(max = 200) String name, @NotNull LocalDate dueOn) {
    }

    @Serdeable
    public record Indicator(@NotBlank @Size(max = 200) String name, @NotNull @Positive @Digits(integer = 3, fraction = 2) BigDecimal weight) {
    }

    /** The work plan: team from the agency's registered people, schedule, indicators (weights add up to 100), sampling, method. */
    @Serdeable
    public record PlanForm(
            @NotEmpty @Size(max = 50) List<@Valid @NotNull TeamMember> team,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull Milestone> schedule,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull Indicator> indicators,
            @NotBlank @Size(max = 2000) String samplingCoverage,
            @NotBlank @Size(max = 4000) String method,
            @Nullable Long documentId) {
    }

    public enum ReportKind { DRAFT, FINAL }

    @Serdeable
    public record ReportForm(@NotNull ReportKind kind, @NotNull Long documentId, @Nullable @Size(max = 4000) String summary) {
    }

    public enum Decision { APPROVE, RETURN }

    @Serdeable
    public record Review(@NotNull Decision decision, @Nullable @Size(max = 4000) String comment,
                         @Nullable @Size(max = 1000) String overrideReason) {

        public Review(Decision decision, @Nullable String comment) {
            this(decision, comment, null);
        }
    }

    @Serdeable
    public record IssueForm(@NotNull CoordinationIssue.Category category, @NotBlank @Size(max = 4000) String description) {
    }

    @Serdeable
    public record Resolution(@NotBlank @Size(max = 4000) String resolution) {
    }
}
