package gov.bureau.portal.credit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** An agency's objection (异议) to one ledger event, decided by an ADMIN. */
@MappedEntity("credit_objection")
public class CreditObjection {

    @Id
    @GeneratedValue
    private Long id;
    private Long eventId;
    private Long agencyId;
    @Nullable
    private Long engagementId;
    private ObjectionKind kind;
    private String reason;
    private ObjectionStatus status;
    private Long submittedById;
    private String submittedByName;
    private Instant submittedAt;
    @Nullable
    private String decidedByName;
    @Nullable
    private Instant decidedAt;
    @Nullable
    private String decisionComment;
    @Version
    private Long version;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public Long getAgencyId() { return agencyId; }
    public void setAgencyId(Long agencyId) { this.agencyId = agencyId; }
    @Nullable public Long getEngagementId() { return engagementId; }
    public void setEngagementId(@Nullable Long engagementId) { this.engagementId = engagementId; }
    public ObjectionKind getKind() { return kind; }
    public void setKind(ObjectionKind kind) { this.kind = kind; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public ObjectionStatus getStatus() { return status; }
    public void setStatus(ObjectionStatus status) { this.status = status; }
    public Long getSubmittedById() { return submittedById; }
    public void setSubmittedById(Long submittedById) { this.submittedById = submittedById; }
    public String getSubmittedByName() { return submittedByName; }
    public void setSubmittedByName(String submittedByName) { this.submittedByName = submittedByName; }
    public Instant getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(Instant submittedAt) { this.submittedAt = submittedAt; }
    @Nullable public String getDecidedByName() { return decidedByName; }
    public void setDecidedByName(@Nullable String decidedByName) { this.decidedByName = decidedByName; }
    @Nullable public Instant getDecidedAt() { return decidedAt; }
    public void setDecidedAt(@Nullable Instant decidedAt) { this.decidedAt = decidedAt; }
    @Nullable public String getDecisionComment() { return decisionComment; }
    public void setDecisionComment(@Nullable String decisionComment) { this.decisionComment = decisionComment; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
