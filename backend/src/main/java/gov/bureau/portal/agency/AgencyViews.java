package gov.bureau.portal.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.OffsetDateTime;
import java.util.List;

/** What the agency API answers. */
public final class AgencyViews {

    private AgencyViews() {
    }

    /**
     * One agency with its profile. For the agency itself {@code profile} is its working copy (the
     * change request being prepared, or the live profile) with ID numbers in full; for the bureau it
     * is the profile in force with ID numbers masked, and {@code pendingReview} holds a submitted
     * version with what changed.
     */
    @Serdeable
    public record AgencyView(long id, String name, String uscc, AgencyType agencyType, AgencyStatus status,
                             @Nullable ChangeState changeState, long version,
                             OffsetDateTime registeredAt, @Nullable OffsetDateTime submittedAt,
                             @Nullable OffsetDateTime approvedAt, @Nullable String statusReason,
                             @Nullable OffsetDateTime statusChangedAt, @Nullable Integer confirmedYear,
                             boolean confirmationOverdue, int expiringCertificates, int expiredCertificates,
                             boolean editable, ProfileData profile, @Nullable ReviewView lastReview,
                             @Nullable VersionDetail pendingReview, List<StatusChangeView> statusHistory) {
    }

    @Serdeable
    public record ReviewView(long id, int versionNumber, Review.Decision decision, @Nullable String comment,
                             String reviewerName, OffsetDateTime decidedAt, List<AgencyCommands.FieldComment> fieldComments) {
    }

    @Serdeable
    public record VersionView(long id, int number, ProfileVersion.Kind kind, ProfileVersion.State state,
                              OffsetDateTime submittedAt, String submittedBy, @Nullable OffsetDateTime decidedAt,
                              @Nullable Integer baseNumber, @Nullable ReviewView review) {
    }

    /** A version's whole profile and its changes against its base (the approved or the previous version). */
    @Serdeable
    public record VersionDetail(VersionView version, ProfileData profile, List<ProfileDiff.Change> changes) {
    }

    @Serdeable
    public record StatusChangeView(AgencyStatus fromStatus, AgencyStatus toStatus, @Nullable String reason,
                                   String actorName, OffsetDateTime changedAt) {
    }

    /**
     * A row of the staff list. Credit comes from the credit area's read model: an agency never admitted
     * to the pool has no grade and no score.
     */
    @Serdeable
    public record AgencyRow(long id, String name, String uscc, AgencyType agencyType, AgencyStatus status,
                            @Nullable ChangeState changeState, @Nullable String creditGrade, @Nullable Integer creditScore,
                            boolean blacklisted, String contactName, OffsetDateTime registeredAt,
                            @Nullable OffsetDateTime submittedAt, OffsetDateTime updatedAt, boolean confirmationOverdue,
                            int expiringCertificates, int expiredCertificates) {
    }

    /** A row of the public directory: never personal data. */
    @Serdeable
    public record PublicAgency(long id, String name, String uscc, AgencyType agencyType, AgencyStatus status,
                               String creditGrade, boolean blacklisted, @Nullable java.time.LocalDate blacklistedUntil) {
    }

    /** The public card of one agency: organisation facts and counts, no people, phones or e-mails. */
    @Serdeable
    public record PublicCard(long id, String name, String uscc, AgencyType agencyType, AgencyStatus status,
                             String creditGrade, boolean blacklisted, @Nullable java.time.LocalDate blacklistedUntil,
                             @Nullable Boolean independentLegalPerson, @Nullable String headOffice,
                             @Nullable String registeredAddress, @Nullable java.time.LocalDate foundedOn,
                             @Nullable java.math.BigDecimal registeredCapital, @Nullable String businessScope,
                             @Nullable OffsetDateTime approvedAt, int leadEvaluators, int qualifiedLeadEvaluators,
                             int experts, List<String> branches, List<TrackSummary> trackRecordByType) {
    }

    @Serdeable
    public record TrackSummary(String workType, int entries) {
    }
}
