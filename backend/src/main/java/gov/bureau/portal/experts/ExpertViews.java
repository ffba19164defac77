package gov.bureau.portal.experts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Answers of the experts' API. */
public final class ExpertViews {

    private ExpertViews() {
    }

    /** A row of the pool list. */
    @Serdeable
    public record ExpertRow(long id, String name, ExpertTitle title, String employer, ExpertStatus status, List<String> specialties,
                            int ratingCount, @Nullable BigDecimal averageRating, int sittings) {
    }

    /**
     * An expert's record. {@code idNumber} and {@code bankAccount} are masked except for the expert
     * itself; {@code weight} is what the next draw gives it.
     */
    @Serdeable
    public record ExpertView(long id, String name, String idNumber, ExpertTitle title, List<String> specialties, String employer,
                             String phone, @Nullable String email, @Nullable String bankName, @Nullable String bankAccount,
                             ExpertStatus status, @Nullable String statusReason, String source, int ratingCount,
                             @Nullable BigDecimal averageRating, int weight, int sittings, int declined, OffsetDateTime createdAt,
                             @Nullable String reviewedBy, @Nullable OffsetDateTime reviewedAt, long version,
                             List<Seat> panels, List<FeeView> fees) {
    }

    /** One panel the expert was drawn for. */
    @Serdeable
    public record Seat(long panelId, long engagementId, String engagementTitle, String purpose, String panelStatus,
                       String memberStatus, @Nullable String verdict, OffsetDateTime drawnAt) {
    }

    @Serdeable
    public record Excluded(long expertId, @Nullable String name, String reason, @Nullable String detail) {
    }

    @Serdeable
    public record Member(long expertId, String name, ExpertTitle title, String employer, String status, int drawRound,
                         @Nullable String declineReason, boolean opinionGiven) {
    }

    @Serdeable
    public record OpinionView(long expertId, String name, Consolidation.Verdict verdict, List<ExpertCommands.ItemPoints> items,
                              @Nullable String comment, OffsetDateTime submittedAt, @Nullable Integer onTime,
                              @Nullable Integer substantive) {
    }

    @Serdeable
    public record DrawRecord(int round, String seed, List<PanelDraw.Entry> pool, List<PanelDraw.Exclusion> excluded,
                             List<PanelDraw.Drawn> drawn, @Nullable Long replaces, String drawnBy, OffsetDateTime drawnAt) {
    }

    @Serdeable
    public record FileView(long id, String purpose, String fileName, long sizeBytes, String sha256, OffsetDateTime uploadedAt) {
    }

    /**
     * A panel. {@code members}: the sitting members' ids; {@code seats}: everyone drawn, declined
     * included. The bureau sees every opinion, the exclusions, the draws and the consolidated opinion;
     * a member sees the panel, the files and its own opinion.
     */
    @Serdeable
    public record PanelView(long id, long engagementId, String engagementTitle, String engagementState, String purpose, int size,
                            String specialty, BigDecimal days, String status, String seed, List<Long> members, List<Member> seats,
                            @Nullable List<Excluded> excluded, List<OpinionView> opinions,
                            @Nullable Consolidation.Consolidated consolidated, List<ChecklistRules.Item> checklist,
                            long checklistVersionId, long drawVersionId, @Nullable String decision,
                            @Nullable String overrideReason, @Nullable String overrideBy, String createdBy,
                            OffsetDateTime createdAt, @Nullable OffsetDateTime closedAt, @Nullable List<DrawRecord> draws,
                            List<FileView> files) {
    }

    @Serdeable
    public record PanelRow(long id, long engagementId, String engagementTitle, String purpose, int size, String specialty,
                           String status, int opinions, @Nullable String memberStatus, OffsetDateTime createdAt) {
    }

    @Serdeable
    public record Verification(boolean reproduced, long panelId, int rounds, List<Long> recorded, List<Long> again) {
    }

    @Serdeable
    public record FeeView(long id, long panelId, long expertId, String expertName, @Nullable String bankName,
                          @Nullable String bankAccount, long engagementId, String engagementTitle, String purpose, ExpertTitle title,
                          BigDecimal days, BigDecimal rate, BigDecimal amount, long feeVersionId, String status,
                          OffsetDateTime createdAt, @Nullable LocalDate paidOn, @Nullable String paidReference,
                          @Nullable String paidBy) {
    }
}
