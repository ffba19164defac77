package gov.bureau.portal.credit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/** One blacklisting (黑名单) of an agency, and its credit repair (信用修复) if lifted early. */
@MappedEntity("credit_blacklist_entry")
public class BlacklistEntry {

    @Id
    @GeneratedValue
    private Long id;
    private Long agencyId;
    @Nullable
    private Long eventId;
    private String reason;
    @Nullable
    private String evidence;
    private LocalDate startOn;
    private LocalDate untilOn;
    private String createdByName;
    private Instant createdAt;
    @Nullable
    private LocalDate liftedOn;
    @Nullable
    private String liftReason;
    @Nullable
    private String liftedByName;
    @Nullable
    private Instant liftedAt;
    @Version
    private Long version;

    public CreditRules.BlacklistSpan span() {
        return new CreditRules.BlacklistSpan(startOn, untilOn, liftedOn);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getAgencyId() { return agencyId; }
    public void setAgencyId(Long agencyId) { this.agencyId = agencyId; }
    @Nullable public Long getEventId() { return eventId; }
    public void setEventId(@Nullable Long eventId) { this.eventId = eventId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    @Nullable public String getEvidence() { return evidence; }
    public void setEvidence(@Nullable String evidence) { this.evidence = evidence; }
    public LocalDate getStartOn() { return startOn; }
    public void setStartOn(LocalDate startOn) { this.startOn = startOn; }
    public LocalDate getUntilOn() { return untilOn; }
    public void setUntilOn(LocalDate untilOn) { this.untilOn = untilOn; }
    public String getCreatedByName() { return createdByName; }
    public void setCreatedByName(String createdByName) { this.createdByName = createdByName; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    @Nullable public LocalDate getLiftedOn() { return liftedOn; }
    public void setLiftedOn(@Nullable LocalDate liftedOn) { this.liftedOn = liftedOn; }
    @Nullable public String getLiftReason() { return liftReason; }
    public void setLiftReason(@Nullable String liftReason) { this.liftReason = liftReason; }
    @Nullable public String getLiftedByName() { return liftedByName; }
    public void setLiftedByName(@Nullable String liftedByName) { this.liftedByName = liftedByName; }
    @Nullable public Instant getLiftedAt() { return liftedAt; }
    public void setLiftedAt(@Nullable Instant liftedAt) { this.liftedAt = liftedAt; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
