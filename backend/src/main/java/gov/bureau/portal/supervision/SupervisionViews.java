package gov.bureau.portal.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The answers of the supervision API. */
public final class SupervisionViews {

    private SupervisionViews() {
    }

    /** A sampled item as POST /api/inspections answers it: {@code engagementId} (RECHECK) or {@code agencyId}. */
    @Serdeable
    public record SampledItem(Long id, @Nullable Long engagementId, Long agencyId) {
    }

    /** POST /api/inspections: the draw's record. */
    @Serdeable
    public record Opened(Long id, InspectionKind kind, int year, String seed, int population, int sampleSize,
                         int strata, BigDecimal share, int minimum, List<SampledItem> items) {
    }

    @Serdeable
    public record Verification(boolean reproduced, int population, int items) {
    }

    @Serdeable
    public record InspectionRow(Long id, InspectionKind kind, int year, BigDecimal share, int minimum, int population,
                                long items, long open, String createdBy, OffsetDateTime createdAt,
                                @Nullable OffsetDateTime publishedAt) {
    }

    @Serdeable
    public record CheckItemView(String id, String nameZh, String nameEn) {
    }

    @Serdeable
    public record CheckResultView(String itemId, String result) {
    }

    @Serdeable
    public record FindingView(Long id, List<CheckResultView> checklist, Conclusion conclusion, @Nullable String comment,
                              @Nullable String misconductType, @Nullable String misconductNameZh,
                              @Nullable String misconductNameEn, @Nullable Long creditEventId, String recordedBy,
                              OffsetDateTime recordedAt) {
    }

    @Serdeable
    public record WorkpaperView(Long id, String fileName, String fileType, long size, String uploadedBy,
                                OffsetDateTime uploadedAt) {
    }

    @Serdeable
    public record InspectorView(Long userId, String name) {
    }

    /**
     * One item with everything recorded on it. {@code papersOverdue}: requested, the deadline passed, no
     * papers; {@code actions}: what the caller may do next (REQUEST_PAPERS, UPLOAD_PAPERS, RECORD_FINDING,
     * RECTIFY, CONCLUDE).
     */
    @Serdeable
    public record ItemView(Long id, Long inspectionId, InspectionKind kind, int year, @Nullable Long engagementId,
                           @Nullable String engagementTitle, Long agencyId, String agencyName, ItemStatus status,
                           @Nullable LocalDate papersRequestedOn, @Nullable LocalDate papersDeadline,
                           @Nullable String papersNote, boolean papersOverdue, List<WorkpaperView> workpapers,
                           List<FindingView> findings, List<InspectorView> inspectors, @Nullable String rectification,
                           @Nullable OffsetDateTime rectifiedAt, @Nullable Conclusion outcome,
                           @Nullable String outcomeComment, @Nullable OffsetDateTime concludedAt, List<String> actions) {
    }

    @Serdeable
    public record InspectionView(Long id, InspectionKind kind, int year, BigDecimal share, int minimum, String seed,
                                 int population, int inspectorsPerItem, long checklistVersionId,
                                 List<CheckItemView> checklist, String createdBy, OffsetDateTime createdAt,
                                 @Nullable OffsetDateTime publishedAt, List<ItemView> items) {
    }

    /** A line of the yearly public results: agency, item, conclusion; nothing personal. */
    @Serdeable
    public record PublicResult(Long inspectionId, InspectionKind kind, int year, Long agencyId, String agencyName,
                               String uscc, @Nullable String engagementTitle, @Nullable Conclusion conclusion,
                               @Nullable String misconductType) {
    }

    @Serdeable
    public record RepairView(Long id, Long agencyId, @Nullable String agencyName, String kind, @Nullable Long eventId,
                             @Nullable Long blacklistId, @Nullable String subjectType, @Nullable String subjectNameZh,
                             @Nullable String subjectNameEn, @Nullable LocalDate since, String explanation,
                             @Nullable String correctionProof, RepairStatus status, String appliedBy,
                             OffsetDateTime appliedAt, @Nullable String reviewRecommends, @Nullable String reviewComment,
                             @Nullable String reviewedBy, @Nullable OffsetDateTime reviewedAt,
                             @Nullable String decisionComment, @Nullable String decidedBy,
                             @Nullable OffsetDateTime decidedAt, @Nullable LocalDate repairedOn) {
    }

    /** A public line of a granted repair: the agency, what was repaired, the repair date. */
    @Serdeable
    public record PublicRepair(Long agencyId, String agencyName, String uscc, String kind, String subjectNameZh,
                               String subjectNameEn, LocalDate repairedOn) {
    }
}
