package gov.bureau.portal.credit;

import gov.bureau.portal.common.PortalException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/** One line of an agency's credit ledger (信用事件). See V30 and {@link EventStatus}. */
@MappedEntity("credit_event")
public class CreditEvent {

    /**
     * The withdrawal reason (and the decision comment of an objection it closes) of an acceptance
     * result superseded by a new score: a code, which the screens put into words.
     */
    public static final String SUPERSEDED = "SUPERSEDED";

    @Id
    @GeneratedValue
    private Long id;
    private Long agencyId;
    private String typeCode;
    private String typeNameZh;
    private String typeNameEn;
    private int points;
    private int validityMonths;
    private boolean proposesBlacklist;
    private EventSource source;
    private Long typesVersionId;
    @Nullable
    private Long engagementId;
    @Nullable
    private String evidence;
    private EventStatus status;
    private LocalDate proposedOn;
    private LocalDate objectionDeadline;
    private LocalDate effectiveOn;
    private LocalDate expiresOn;
    @Nullable
    private Long proposedById;
    private String proposedByName;
    @Nullable
    private String confirmedByName;
    @Nullable
    private Instant confirmedAt;
    @Nullable
    private String withdrawnByName;
    @Nullable
    private Instant withdrawnAt;
    @Nullable
    private String withdrawalReason;
    @Nullable
    private Instant objectionWaivedAt;
    @Nullable
    private String objectionWaivedByName;
    @DateCreated
    private Instant createdAt;
    @DateUpdated
    private Instant updatedAt;
    @Version
    private Long version;

    public CreditRules.Fact fact() {
        return new CreditRules.Fact(status, points, effectiveOn, expiresOn);
    }

    /**
     * Moves the event along its life ({@link EventStatus}), the one place its status changes;
     * 409 for a move the life does not allow, named after what stands in the way.
     */
    public void moveTo(EventStatus target) {
        if (!status.canMoveTo(target)) {
            throw refusal(target);
        }
        status = target;
    }

    private PortalException refusal(EventStatus target) {
        return switch (status) {
            case WITHDRAWN -> PortalException.conflict("CREDIT_EVENT_WITHDRAWN");
            case OBJECTED -> PortalException.conflict("OBJECTION_PENDING");
            case PROPOSED, EFFECTIVE -> target == EventStatus.EFFECTIVE
                    ? PortalException.conflict("CREDIT_EVENT_NOT_PROPOSED")
                    : PortalException.conflict("CREDIT_EVENT_TRANSITION", status.name(), target.name());
        };
    }

    /** Withdrawn because a new acceptance score of the same engagement replaced it. */
    public boolean superseded() {
        return status == EventStatus.WITHDRAWN && SUPERSEDED.equals(withdrawalReason);
    }

    /** A proposal whose objection window has passed without an objection (the daily job's query says the same). */
    public boolean dueToComeIntoForce(LocalDate today) {
        return status == EventStatus.PROPOSED && !effectiveOn.isAfter(today);
    }

    /**
     * An ADMIN confirms a proposal. It does not take the agency's objection window away: the event
     * stays proposed and counts from the window's end (the daily job then puts it in force), unless
     * the window is over (it passed, or the agency waived it) or {@code inForceAtOnce} (the rule
     * table's option), when it is in force from today. 409 for an event confirmed already.
     */
    public void confirm(String byName, Instant at, LocalDate today, boolean inForceAtOnce) {
        if (status != EventStatus.PROPOSED) {
            throw refusal(EventStatus.EFFECTIVE);
        }
        if (confirmedAt != null) {
            throw PortalException.conflict("CREDIT_EVENT_CONFIRMED");
        }
        if (inForceAtOnce || !effectiveOn.isAfter(today)) {
            moveTo(EventStatus.EFFECTIVE);
            if (effectiveOn.isAfter(today)) {
                effectiveOn = today;
                expiresOn = CreditRules.expiresOn(today, validityMonths);
            }
        }
        confirmedByName = byName;
        confirmedAt = at;
    }

    /** Confirmed by an ADMIN and waiting for the end of its objection window. */
    public boolean confirmedInWindow() {
        return status == EventStatus.PROPOSED && confirmedAt != null;
    }

    /**
     * The agency gives up its objection window: the proposal counts from today (it stays proposed
     * until an ADMIN confirms it or the daily job puts it in force). Only a proposal whose window is
     * still open, once (409 otherwise).
     */
    public void waiveObjection(String byName, Instant at, LocalDate today) {
        if (status == EventStatus.OBJECTED) {
            throw PortalException.conflict("OBJECTION_EXISTS");
        }
        if (status != EventStatus.PROPOSED) {
            throw PortalException.conflict("CREDIT_WAIVER_NOT_OPEN");
        }
        if (objectionWaivedAt != null) {
            throw PortalException.conflict("OBJECTION_WAIVED");
        }
        if (!CreditRules.objectionOpen(objectionDeadline, today)) {
            throw PortalException.conflict("OBJECTION_WINDOW_CLOSED", objectionDeadline.toString());
        }
        if (effectiveOn.isAfter(today)) {
            effectiveOn = today;
            expiresOn = CreditRules.expiresOn(today, validityMonths);
        }
        objectionWaivedAt = at;
        objectionWaivedByName = byName;
    }

    /** The agency may still object: its window is open and it neither objected nor waived it. */
    public boolean objectable(LocalDate today, boolean objected) {
        return !objected && status != EventStatus.WITHDRAWN && objectionWaivedAt == null
                && CreditRules.objectionOpen(objectionDeadline, today);
    }

    /**
     * The agency objects: a proposal is suspended until an ADMIN decides; an event already in force
     * stays in force meanwhile; a withdrawn event takes no objection (409).
     */
    public void objected() {
        if (status != EventStatus.EFFECTIVE) {
            moveTo(EventStatus.OBJECTED);
        }
    }

    /** An objection dismissed: a suspended proposal is in force from the decision; an event in force stays as it is. */
    public void objectionDismissed(LocalDate today) {
        if (status == EventStatus.OBJECTED) {
            moveTo(EventStatus.EFFECTIVE);
            effectiveOn = today;
            expiresOn = CreditRules.expiresOn(today, validityMonths);
        }
    }

    /** Withdrawn for good, with who, when and why (a person's words, or {@link #SUPERSEDED}). */
    public void withdraw(String byName, Instant at, String reason) {
        moveTo(EventStatus.WITHDRAWN);
        withdrawnByName = byName;
        withdrawnAt = at;
        withdrawalReason = reason;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getAgencyId() { return agencyId; }
    public void setAgencyId(Long agencyId) { this.agencyId = agencyId; }
    public String getTypeCode() { return typeCode; }
    public void setTypeCode(String typeCode) { this.typeCode = typeCode; }
    public String getTypeNameZh() { return typeNameZh; }
    public void setTypeNameZh(String typeNameZh) { this.typeNameZh = typeNameZh; }
    public String getTypeNameEn() { return typeNameEn; }
    public void setTypeNameEn(String typeNameEn) { this.typeNameEn = typeNameEn; }
    public int getPoints() { return points; }
    public void setPoints(int points) { this.points = points; }
    public int getValidityMonths() { return validityMonths; }
    public void setValidityMonths(int validityMonths) { this.validityMonths = validityMonths; }
    public boolean isProposesBlacklist() { return proposesBlacklist; }
    public void setProposesBlacklist(boolean proposesBlacklist) { this.proposesBlacklist = proposesBlacklist; }
    public EventSource getSource() { return source; }
    public void setSource(EventSource source) { this.source = source; }
    public Long getTypesVersionId() { return typesVersionId; }
    public void setTypesVersionId(Long typesVersionId) { this.typesVersionId = typesVersionId; }
    @Nullable public Long getEngagementId() { return engagementId; }
    public void setEngagementId(@Nullable Long engagementId) { this.engagementId = engagementId; }
    @Nullable public String getEvidence() { return evidence; }
    public void setEvidence(@Nullable String evidence) { this.evidence = evidence; }
    public EventStatus getStatus() { return status; }
    public void setStatus(EventStatus status) { this.status = status; }
    public LocalDate getProposedOn() { return proposedOn; }
    public void setProposedOn(LocalDate proposedOn) { this.proposedOn = proposedOn; }
    public LocalDate getObjectionDeadline() { return objectionDeadline; }
    public void setObjectionDeadline(LocalDate objectionDeadline) { this.objectionDeadline = objectionDeadline; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    @Nullable public Long getProposedById() { return proposedById; }
    public void setProposedById(@Nullable Long proposedById) { this.proposedById = proposedById; }
    public String getProposedByName() { return proposedByName; }
    public void setProposedByName(String proposedByName) { this.proposedByName = proposedByName; }
    @Nullable public String getConfirmedByName() { return confirmedByName; }
    public void setConfirmedByName(@Nullable String confirmedByName) { this.confirmedByName = confirmedByName; }
    @Nullable public Instant getConfirmedAt() { return confirmedAt; }
    public void setConfirmedAt(@Nullable Instant confirmedAt) { this.confirmedAt = confirmedAt; }
    @Nullable public String getWithdrawnByName() { return withdrawnByName; }
    public void setWithdrawnByName(@Nullable String withdrawnByName) { this.withdrawnByName = withdrawnByName; }
    @Nullable public Instant getWithdrawnAt() { return withdrawnAt; }
    public void setWithdrawnAt(@Nullable Instant withdrawnAt) { this.withdrawnAt = withdrawnAt; }
    @Nullable public String getWithdrawalReason() { return withdrawalReason; }
    public void setWithdrawalReason(@Nullable String withdrawalReason) { this.withdrawalReason = withdrawalReason; }
    @Nullable public Instant getObjectionWaivedAt() { return objectionWaivedAt; }
    public void setObjectionWaivedAt(@Nullable Instant objectionWaivedAt) { this.objectionWaivedAt = objectionWaivedAt; }
    @Nullable public String getObjectionWaivedByName() { return objectionWaivedByName; }
    public void setObjectionWaivedByName(@Nullable String objectionWaivedByName) { this.objectionWaivedByName = objectionWaivedByName; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
