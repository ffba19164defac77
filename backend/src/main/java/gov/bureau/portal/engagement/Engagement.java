package gov.bureau.portal.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One piece of commissioned work (委托业务, DOMAIN.md §4). */
@MappedEntity("engagement")
public class Engagement {

    @Id
    @GeneratedValue
    private Long id;
    private String title;
    @MappedProperty("engagement_type")
    private EngagementType type;
    private String commissioningUnit;
    private BigDecimal fundsInvolved;
    private BigDecimal fee;
    @Nullable
    private BigDecimal feeCap;
    private Long feeCapVersionId;
    @Nullable
    private String feeCapOverrideReason;
    @Nullable
    private String feeCapOverrideBy;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private Long supervisorId;
    private EngagementState state;
    private Instant stateEnteredAt;
    @Nullable
    private Long agencyId;
    @Nullable
    private EngagementCommands.Method selectionMethod;
    @Nullable
    private LocalDate contractedOn;
    @Nullable
    private LocalDate deadline;
    @Nullable
    private Long deadlineVersionId;
    private boolean overdue;
    private boolean lowFee;
    @Nullable
    private LocalDate overdueSince;
    @Nullable
    private String terminationReason;
    private String createdBy;
    @DateCreated
    private Instant createdAt;
    @DateUpdated
    private Instant updatedAt;
    @Version
    private Long version;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public EngagementType getType() { return type; }
    public void setType(EngagementType type) { this.type = type; }
    public String getCommissioningUnit() { return commissioningUnit; }
    public void setCommissioningUnit(String commissioningUnit) { this.commissioningUnit = commissioningUnit; }
    public BigDecimal getFundsInvolved() { return fundsInvolved; }
    public void setFundsInvolved(BigDecimal fundsInvolved) { this.fundsInvolved = fundsInvolved; }
    public BigDecimal getFee() { return fee; }
    public void setFee(BigDecimal fee) { this.fee = fee; }
    @Nullable public BigDecimal getFeeCap() { return feeCap; }
    public void setFeeCap(@Nullable BigDecimal feeCap) { this.feeCap = feeCap; }
    public Long getFeeCapVersionId() { return feeCapVersionId; }
    public void setFeeCapVersionId(Long feeCapVersionId) { this.feeCapVersionId = feeCapVersionId; }
    @Nullable public String getFeeCapOverrideReason() { return feeCapOverrideReason; }
    public void setFeeCapOverrideReason(@Nullable String feeCapOverrideReason) { this.feeCapOverrideReason = feeCapOverrideReason; }
    @Nullable public String getFeeCapOverrideBy() { return feeCapOverrideBy; }
    public void setFeeCapOverrideBy(@Nullable String feeCapOverrideBy) { this.feeCapOverrideBy = feeCapOverrideBy; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public void setPlannedStart(LocalDate plannedStart) { this.plannedStart = plannedStart; }
    public LocalDate getPlannedEnd() { return plannedEnd; }
    public void setPlannedEnd(LocalDate plannedEnd) { this.plannedEnd = plannedEnd; }
    public Long getSupervisorId() { return supervisorId; }
    public void setSupervisorId(Long supervisorId) { this.supervisorId = supervisorId; }
    public EngagementState getState() { return state; }
    public void setState(EngagementState state) { this.state = state; }
    public Instant getStateEnteredAt() { return stateEnteredAt; }
    public void setStateEnteredAt(Instant stateEnteredAt) { this.stateEnteredAt = stateEnteredAt; }
    @Nullable public Long getAgencyId() { return agencyId; }
    public void setAgencyId(@Nullable Long agencyId) { this.agencyId = agencyId; }
    @Nullable public EngagementCommands.Method getSelectionMethod() { return selectionMethod; }
    public void setSelectionMethod(@Nullable EngagementCommands.Method selectionMethod) { this.selectionMethod = selectionMethod; }
    @Nullable public LocalDate getContractedOn() { return contractedOn; }
    public void setContractedOn(@Nullable LocalDate contractedOn) { this.contractedOn = contractedOn; }
    @Nullable public LocalDate getDeadline() { return deadline; }
    public void setDeadline(@Nullable LocalDate deadline) { this.deadline = deadline; }
    @Nullable public Long getDeadlineVersionId() { return deadlineVersionId; }
    public void setDeadlineVersionId(@Nullable Long deadlineVersionId) { this.deadlineVersionId = deadlineVersionId; }
    public boolean isOverdue() { return overdue; }
    /** The current procurement result's fee is abnormally low (DOMAIN.md §11, {@link LowFeeRules}). */
    public boolean isLowFee() { return lowFee; }
    public void setLowFee(boolean lowFee) { this.lowFee = lowFee; }
    public void setOverdue(boolean overdue) { this.overdue = overdue; }
    @Nullable public LocalDate getOverdueSince() { return overdueSince; }
    public void setOverdueSince(@Nullable LocalDate overdueSince) { this.overdueSince = overdueSince; }
    @Nullable public String getTerminationReason() { return terminationReason; }
    public void setTerminationReason(@Nullable String terminationReason) { this.terminationReason = terminationReason; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
