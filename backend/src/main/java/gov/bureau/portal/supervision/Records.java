package gov.bureau.portal.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The supervision area's rows (V85). */
final class Records {

    private Records() {
    }

    @MappedEntity("inspection")
    record Inspection(@Id @GeneratedValue @Nullable Long id, InspectionKind kind,
                      @MappedProperty("inspection_year") int year, BigDecimal share, int minimum, String seed,
                      int populationSize, String population, @Nullable String inspectorPool, int inspectorsPerItem,
                      long checklistVersionId, long rulesVersionId, String status, @Nullable Instant publishedAt,
                      @Nullable Long createdById, String createdByName, Instant createdAt) {

        Inspection published(Instant at) {
            return new Inspection(id, kind, year, share, minimum, seed, populationSize, population, inspectorPool,
                    inspectorsPerItem, checklistVersionId, rulesVersionId, status, at, createdById, createdByName, createdAt);
        }
    }

    @MappedEntity("inspection_item")
    record Item(@Id @GeneratedValue @Nullable Long id, long inspectionId, long subjectId, long agencyId,
                @Nullable Long engagementId, ItemStatus status, @Nullable LocalDate papersRequestedOn,
                @Nullable LocalDate papersDeadline, @Nullable String papersNote, @Nullable Instant papersSubmittedAt,
                @Nullable String rectification, @Nullable Instant rectifiedAt, @Nullable Conclusion outcome,
                @Nullable String outcomeComment, @Nullable String concludedByName, @Nullable Instant concludedAt,
                @Version @Nullable Long version) {

        static Item sampled(long inspectionId, long subjectId, long agencyId, @Nullable Long engagementId) {
            return new Item(null, inspectionId, subjectId, agencyId, engagementId, ItemStatus.SAMPLED, null, null, null,
                    null, null, null, null, null, null, null, null);
        }

        Item moveTo(ItemStatus target) {
            if (!status.canMoveTo(target)) {
                throw gov.bureau.portal.common.PortalException.conflict("INSPECTION_ITEM_" + status.name());
            }
            return new Item(id, inspectionId, subjectId, agencyId, engagementId, target, papersRequestedOn, papersDeadline,
                    papersNote, papersSubmittedAt, rectification, rectifiedAt, outcome, outcomeComment, concludedByName,
                    concludedAt, version);
        }

        Item papersRequested(LocalDate on, LocalDate deadline, @Nullable String note) {
            Item m = moveTo(ItemStatus.PAPERS_REQUESTED);
            return new Item(id, inspectionId, subjectId, agencyId, engagementId, m.status, on, deadline, note,
                    papersSubmittedAt, rectification, rectifiedAt, outcome, outcomeComment, concludedByName, concludedAt, version);
        }

        Item papersSubmitted(Instant at) {
            Item m = moveTo(ItemStatus.PAPERS_SUBMITTED);
            return new Item(id, inspectionId, subjectId, agencyId, engagementId, m.status, papersRequestedOn, papersDeadline,
                    papersNote, at, rectification, rectifiedAt, outcome, outcomeComment, concludedByName, concludedAt, version);
        }

        Item rectified(String answer, Instant at) {
            Item m = moveTo(ItemStatus.RECTIFIED);
            return new Item(id, inspectionId, subjectId, agencyId, engagementId, m.status, papersRequestedOn, papersDeadline,
                    papersNote, papersSubmittedAt, answer, at, outcome, outcomeComment, concludedByName, concludedAt, version);
        }

        Item concluded(Conclusion o, @Nullable String comment, String by, Instant at) {
            Item m = moveTo(ItemStatus.CONCLUDED);
            return new Item(id, inspectionId, subjectId, agencyId, engagementId, m.status, papersRequestedOn, papersDeadline,
                    papersNote, papersSubmittedAt, rectification, rectifiedAt, o, comment, by, at, version);
        }
    }

    @MappedEntity("inspection_workpaper")
    record Workpaper(@Id @GeneratedValue @Nullable Long id, long itemId, String fileName, String storageKey,
                     String fileType, long sizeBytes, String sha256, String uploadedByName, Instant uploadedAt) {
    }

    @MappedEntity("inspection_finding")
    record Finding(@Id @GeneratedValue @Nullable Long id, long itemId, String checklist, Conclusion conclusion,
                   @Nullable String comment, @Nullable String misconductType, @Nullable Long creditEventId,
                   @Nullable Long recordedById, String recordedByName, Instant recordedAt) {
    }

    @MappedEntity("credit_repair")
    record Repair(@Id @GeneratedValue @Nullable Long id, long agencyId, @Nullable Long eventId, @Nullable Long blacklistId,
                  boolean commitment, String explanation, @Nullable String correctionProof, RepairStatus status,
                  String appliedByName, Instant appliedAt, @Nullable String reviewComment,
                  @Nullable String reviewRecommends, @Nullable String reviewedByName, @Nullable Instant reviewedAt,
                  @Nullable String decisionComment, @Nullable String decidedByName, @Nullable Instant decidedAt,
                  @Nullable LocalDate repairedOn, long rulesVersionId) {

        Repair reviewed(String recommends, String comment, String by, Instant at) {
            return new Repair(id, agencyId, eventId, blacklistId, commitment, explanation, correctionProof,
                    RepairStatus.REVIEWED, appliedByName, appliedAt, comment, recommends, by, at, decisionComment,
                    decidedByName, decidedAt, repairedOn, rulesVersionId);
        }

        Repair decided(RepairStatus outcome, String comment, String by, Instant at, @Nullable LocalDate on) {
            return new Repair(id, agencyId, eventId, blacklistId, commitment, explanation, correctionProof, outcome,
                    appliedByName, appliedAt, reviewComment, reviewRecommends, reviewedByName, reviewedAt, comment, by, at,
                    on, rulesVersionId);
        }
    }
}
