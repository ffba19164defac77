package gov.bureau.portal.credit;

import gov.bureau.portal.agency.CreditGrade;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the credit API answers. */
public final class CreditViews {

    private CreditViews() {
    }

    /**
     * One ledger event. {@code status} is how it reads today (PROPOSED, OBJECTED, EFFECTIVE, EXPIRED,
     * WITHDRAWN); {@code points}, names and validity are those of the type version it was created
     * under ({@code typesVersionId}). {@code objectionOpen}: the agency may object now.
     * {@code withdrawalReason} is a person's words: an ADMIN's reason, or the decision on an upheld
     * objection (then {@code objection.status} is UPHELD); {@code superseded}: withdrawn by the system
     * because a new acceptance score replaced it, without a reason. {@code confirmedBy} on a PROPOSED
     * event: an ADMIN confirmed it and it comes into force at the end of its window ({@code effectiveOn}).
     * {@code objectionWaivedBy}: the agency gave up its window, the event counts from that day;
     * {@code waivable}: the agency may still do so.
     */
    @Serdeable
    public record EventView(Long id, Long agencyId, @Nullable String agencyName, String type, String typeNameZh,
                            String typeNameEn, int points, int validityMonths, EventSource source, EventDisplayStatus status,
                            boolean inForce, boolean proposesBlacklist, @Nullable Long engagementId,
                            @Nullable String evidence, List<EvidenceService.FileView> files, LocalDate proposedOn,
                            LocalDate objectionDeadline, boolean objectionOpen, LocalDate effectiveOn,
                            LocalDate expiresOn, String proposedBy, @Nullable String confirmedBy,
                            @Nullable OffsetDateTime confirmedAt, @Nullable String withdrawnBy,
                            @Nullable OffsetDateTime withdrawnAt, @Nullable String withdrawalReason,
                            boolean superseded, long typesVersionId, @Nullable ObjectionView objection, boolean blacklistDecided,
                            @Nullable String objectionWaivedBy, @Nullable OffsetDateTime objectionWaivedAt, boolean waivable) {
    }

    /** {@code superseded}: closed by the system because a new acceptance score replaced the result, without a comment. */
    @Serdeable
    public record ObjectionView(Long id, Long eventId, Long agencyId, @Nullable String agencyName,
                                @Nullable Long engagementId, ObjectionKind kind, String reason, ObjectionStatus status,
                                String submittedBy, OffsetDateTime submittedAt, @Nullable String decidedBy,
                                @Nullable OffsetDateTime decidedAt, @Nullable String decisionComment,
                                boolean superseded, List<EvidenceService.FileView> files, @Nullable String eventType,
                                @Nullable String eventTypeNameZh, @Nullable String eventTypeNameEn,
                                @Nullable Integer eventPoints, @Nullable EventDisplayStatus eventStatus) {
    }

    @Serdeable
    public record BlacklistView(Long id, Long agencyId, @Nullable String agencyName, @Nullable String uscc,
                                @Nullable Long eventId, String reason, @Nullable String evidence, LocalDate startOn,
                                LocalDate until, boolean active, @Nullable LocalDate liftedOn,
                                @Nullable String liftReason, @Nullable String liftedBy, String createdBy,
                                OffsetDateTime createdAt, List<EvidenceService.FileView> files) {
    }

    /**
     * GET /api/agencies/{id}/credit (API.md): the standing as of today and the first page of the ledger,
     * newest first ({@code events}, at most {@link CreditQueries#RECORD_EVENTS}); {@code eventsTotal} counts
     * the ledger ({@code eventsCapped}: it holds more than a list counts), whose other pages
     * GET /api/agencies/{id}/credit/events answers; {@code objectable}: events the agency may still
     * object to.
     */
    @Serdeable
    public record AgencyCredit(Long agencyId, String agencyName, int score, CreditGrade grade, boolean blacklisted,
                               @Nullable LocalDate blacklistedUntil, @Nullable String blacklistReason, int base,
                               int pointsInForce, LocalDate asOf, List<EventView> events, long eventsTotal,
                               boolean eventsCapped, long objectable, List<BlacklistView> blacklist) {
    }

    @Serdeable
    public record StandingView(Long agencyId, String name, String uscc, String agencyType, String status, int score,
                               String grade, boolean blacklisted, @Nullable LocalDate blacklistedUntil) {
    }

    /** A public blacklist line: the agency's name and code, the reason and the period; nothing personal. */
    @Serdeable
    public record PublicBlacklistEntry(Long agencyId, String agencyName, String uscc, String agencyType, String reason,
                                       LocalDate startOn, LocalDate until) {
    }

    /** {@code automatic}: published by the system on 1 January because nobody had. */
    @Serdeable
    public record Publication(int year, LocalDate asOf, int agencyCount, OffsetDateTime publishedAt,
                              @Nullable String note, boolean automatic) {
    }

    @Serdeable
    public record ResultLine(Long agencyId, String agencyName, String uscc, String agencyType, int score, String grade,
                             boolean blacklisted) {
    }

    @Serdeable
    public record Summary(long pendingObjections, long blacklistProposals, long proposedEvents, long blacklisted) {
    }
}
