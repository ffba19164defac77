package gov.bureau.portal.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** What the engagement API answers. */
public final class EngagementViews {

    private EngagementViews() {
    }

    /** A row of the engagement list. */
    @Serdeable
    public record Row(long id, String title, EngagementType type, String commissioningUnit, @Nullable Long agencyId,
                      @Nullable String agencyName, EngagementState state, BigDecimal fee, BigDecimal fundsInvolved,
                      LocalDate plannedStart, LocalDate plannedEnd, @Nullable LocalDate deadline, boolean overdue,
                      long supervisorId, @Nullable String supervisorName, @Nullable EngagementCommands.Method selectionMethod,
                      OffsetDateTime createdAt, boolean lowFee) {
    }

    @Serdeable
    public record Unit(String unit, @Nullable String project, @Nullable BigDecimal funds, @Nullable Long budgetUnitId) {
    }

    @Serdeable
    public record TimelineEntry(@Nullable EngagementState fromState, EngagementState toState, OffsetDateTime at,
                                String actor, @Nullable StateChange.Code code, @Nullable String note) {
    }

    /** One engagement, whole. {@code next}: the states the lifecycle allows from here. */
    @Serdeable
    public record Detail(long id, String title, EngagementType type, String commissioningUnit, List<Unit> evaluatedUnits,
                         BigDecimal fundsInvolved, BigDecimal fee, @Nullable BigDecimal feeCap, long feeCapVersionId,
                         @Nullable String feeCapOverrideReason, @Nullable String feeCapOverrideBy,
                         LocalDate plannedStart, LocalDate plannedEnd, long supervisorId, @Nullable String supervisorName,
                         EngagementState state, OffsetDateTime stateEnteredAt, Set<EngagementState> next,
                         @Nullable Long agencyId, @Nullable String agencyName, @Nullable EngagementCommands.Method selectionMethod,
                         @Nullable LocalDate contractedOn, @Nullable LocalDate deadline, boolean overdue,
                         @Nullable LocalDate overdueSince, @Nullable String terminationReason, String createdBy,
                         OffsetDateTime createdAt, long version, List<TimelineEntry> timeline, boolean lowFee) {
    }

    @Serdeable
    public record Excluded(long agencyId, @Nullable String agencyName, String reason, @Nullable String detail) {
    }

    @Serdeable
    public record PoolEntry(long agencyId, @Nullable String agencyName, String grade, int weight, @Nullable Long group) {
    }

    /** An eligible agency as MERIT ranks it. */
    @Serdeable
    public record Ranked(int rank, long agencyId, String agencyName, String grade, int creditScore,
                         int trackRecordSameType, int qualifiedLeadEvaluators) {
    }

    /** Who may be chosen now, for the selection screen. */
    @Serdeable
    public record EligibilityView(List<Ranked> eligible, List<Excluded> excluded, int minimumEligible,
                                  long eligibilityVersionId, long drawVersionId, List<EntrantGroup> groups) {
    }

    /** Related agencies (DOMAIN.md §12) that stand as one entrant in a draw; in MERIT and PROCUREMENT a warning. */
    @Serdeable
    public record EntrantGroup(List<Long> agencyIds) {
    }

    /**
     * A round of selection. For DRAW: {@code seed}, {@code eligible} (agency ids in draw order),
     * {@code excluded} with reasons, {@code pool} with weights, the {@code ticket} and
     * {@code selectedAgencyId} (API.md).
     */
    @Serdeable
    public record SelectionView(long id, int round, EngagementCommands.Method method, Selection.Status status, long selectedAgencyId,
                                @Nullable String selectedAgencyName,
                                @Nullable String seed, List<Long> eligible, List<Excluded> excluded, List<PoolEntry> pool,
                                @Nullable Long ticket, @Nullable Long totalWeight,
                                @Nullable Long eligibilityVersionId, @Nullable Long drawVersionId,
                                List<Ranked> shortlist, @Nullable String justification,
                                @Nullable String procurementMethod, @Nullable String procurementReference,
                                @Nullable LocalDate procurementDate, @Nullable Long procurementDocumentId,
                                String selectedBy, OffsetDateTime selectedAt, @Nullable String answeredBy,
                                @Nullable OffsetDateTime answeredAt, @Nullable Boolean noConflictDeclared,
                                @Nullable String declineReason, List<EntrantGroup> groups, List<Long> relatedCompetitors,
                                @Nullable BigDecimal lowFeeLimit, @Nullable Long lowFeeVersionId) {
    }

    @Serdeable
    public record Verification(boolean reproduced, long selectionId, int round, String seed, long recordedAgencyId,
                               long recomputedAgencyId, long ticket, long totalWeight) {
    }

    @Serdeable
    public record DocumentView(long id, String purpose, String fileName, long sizeBytes, String sha256, String uploadedBy,
                               OffsetDateTime uploadedAt) {
    }

    @Serdeable
    public record TeamEntry(long personId, String name, String role, @Nullable String title, @Nullable String duty) {
    }

    @Serdeable
    public record PlanView(long id, int round, ReviewStatus status, List<TeamEntry> team, List<EngagementCommands.Milestone> schedule,
                           List<EngagementCommands.Indicator> indicators, String samplingCoverage, String method,
                           @Nullable DocumentView document, String submittedBy, OffsetDateTime submittedAt,
                           @Nullable String reviewedBy, @Nullable OffsetDateTime reviewedAt, @Nullable String reviewComment) {
    }

    @Serdeable
    public record ReportView(long id, int round, EngagementCommands.ReportKind kind, ReviewStatus status, DocumentView document, @Nullable String summary,
                             String submittedBy, OffsetDateTime submittedAt, @Nullable String reviewedBy,
                             @Nullable OffsetDateTime reviewedAt, @Nullable String reviewComment) {
    }

    @Serdeable
    public record IssueView(long id, String category, String description, String raisedBy, String raisedBySide,
                            OffsetDateTime raisedAt, @Nullable String resolution, @Nullable String resolvedBy,
                            @Nullable OffsetDateTime resolvedAt) {
    }

    @Serdeable
    public record Supervisor(long id, String username, String displayName) {
    }

    @Serdeable
    public record Person(long id, String name, String role, @Nullable String title) {
    }
}
