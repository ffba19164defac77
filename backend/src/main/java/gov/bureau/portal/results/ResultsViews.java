package gov.bureau.portal.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The answers of the results API. */
public final class ResultsViews {

    private ResultsViews() {
    }

    @Serdeable
    public record BudgetUnitView(long id, String name, String code, @Nullable String department, long users, long version) {
    }

    @Serdeable
    public record FindingView(long id, String text, FindingCategory category) {
    }

    /** One evaluated unit/project of an engagement and its result (score and conclusion null until recorded). */
    @Serdeable
    public record ResultEntry(long evaluatedUnitId, long engagementId, @Nullable Long budgetUnitId, String unitName,
                              @Nullable String projectName, @Nullable BigDecimal funds, @Nullable BigDecimal score,
                              @Nullable Conclusion conclusion, List<FindingView> findings, @Nullable String recommendations,
                              @Nullable Long letterId, @Nullable LocalDate letterDeadline, @Nullable Integer revision,
                              @Nullable Long bandsVersionId, boolean mayRecord) {
    }

    @Serdeable
    public record Revision(int revision, String content, @Nullable String reason, String changedBy, OffsetDateTime changedAt) {
    }

    @Serdeable
    public record TaskRow(long id, long letterId, long unitId, String unitName, long engagementId, String engagementTitle,
                          String findingText, FindingCategory category, LocalDate deadline, String status, boolean overdue,
                          @Nullable String extensionStatus) {
    }

    @Serdeable
    public record FileView(long id, String fileName, String contentType, long size, String sha256, String uploadedBy,
                           OffsetDateTime uploadedAt) {
    }

    @Serdeable
    public record TaskDetail(long id, long letterId, long unitId, String unitName, long engagementId, String engagementTitle,
                             String findingText, FindingCategory category, LocalDate deadline, String status, boolean overdue,
                             @Nullable String measures, @Nullable String answeredBy, @Nullable OffsetDateTime answeredAt,
                             @Nullable String reviewComment, @Nullable String reviewedBy, @Nullable OffsetDateTime reviewedAt,
                             @Nullable Integer extensionDays, @Nullable String extensionReason,
                             @Nullable String extensionStatus, @Nullable String extensionComment, List<FileView> files,
                             long version) {
    }

    @Serdeable
    public record LetterView(long id, long evaluatedUnitId, long engagementId, String engagementTitle, long unitId,
                             String unitName, @Nullable String projectName, LocalDate issuedOn, LocalDate deadline,
                             BigDecimal score, Conclusion conclusion, int tasks, int accepted) {
    }

    @Serdeable
    public record ApplicationRow(long evaluatedUnitId, long engagementId, String engagementTitle, @Nullable Long unitId,
                                 String unitName, @Nullable String projectName, int year, @Nullable BigDecimal funds,
                                 BigDecimal score, Conclusion conclusion, BudgetAction suggestedAction,
                                 @Nullable BigDecimal suggestedMin, @Nullable BigDecimal suggestedMax,
                                 @Nullable BudgetAction decidedAction, @Nullable BigDecimal decidedAmount,
                                 @Nullable String reason, @Nullable String decidedBy) {
    }

    @Serdeable
    public record PublicationView(long id, long engagementId, int year, LocalDate publishedOn, String summary, String fileName) {
    }

    @Serdeable
    public record PublicResult(long id, int year, String unitName, @Nullable String projectName, Conclusion conclusion,
                               LocalDate publishedOn, long evaluatedUnitId) {
    }

    @Serdeable
    public record FeedbackView(long id, long engagementId, long unitId, int rating, @Nullable String comment, boolean complaint,
                               @Nullable Long creditEventId) {
    }

    @Serdeable
    public record UnitOverdue(long unitId, String unitName, long overdue) {
    }

    @Serdeable
    public record Board(long tasks, long accepted, BigDecimal rectificationRate, long overdue, List<UnitOverdue> overdueByUnit) {
    }
}
