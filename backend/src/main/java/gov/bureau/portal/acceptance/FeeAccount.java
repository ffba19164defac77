package gov.bureau.portal.acceptance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An engagement's fee account (engagement_fee): the contract's fee and the rule versions in force at
 * contract, the current acceptance's grade, ratio and payable amount, and the total paid. Payments and
 * scorings lock this row first.
 */
@MappedEntity("engagement_fee")
public class FeeAccount {

    @Id
    private Long engagementId;
    private BigDecimal fee;
    private LocalDate contractedOn;
    private Long feeRatioVersionId;
    private Long advanceShareVersionId;
    @Nullable
    private Long acceptanceId;
    @Nullable
    private AcceptanceGrade grade;
    @Nullable
    private BigDecimal feeRatio;
    @Nullable
    private BigDecimal payable;
    private BigDecimal paid;
    private boolean locked;
    private boolean reopened;
    @DateUpdated
    private Instant updatedAt;

    public Long getEngagementId() { return engagementId; }
    public void setEngagementId(Long engagementId) { this.engagementId = engagementId; }
    public BigDecimal getFee() { return fee; }
    public void setFee(BigDecimal fee) { this.fee = fee; }
    public LocalDate getContractedOn() { return contractedOn; }
    public void setContractedOn(LocalDate contractedOn) { this.contractedOn = contractedOn; }
    public Long getFeeRatioVersionId() { return feeRatioVersionId; }
    public void setFeeRatioVersionId(Long feeRatioVersionId) { this.feeRatioVersionId = feeRatioVersionId; }
    public Long getAdvanceShareVersionId() { return advanceShareVersionId; }
    public void setAdvanceShareVersionId(Long advanceShareVersionId) { this.advanceShareVersionId = advanceShareVersionId; }
    @Nullable public Long getAcceptanceId() { return acceptanceId; }
    public void setAcceptanceId(@Nullable Long acceptanceId) { this.acceptanceId = acceptanceId; }
    @Nullable public AcceptanceGrade getGrade() { return grade; }
    public void setGrade(@Nullable AcceptanceGrade grade) { this.grade = grade; }
    @Nullable public BigDecimal getFeeRatio() { return feeRatio; }
    public void setFeeRatio(@Nullable BigDecimal feeRatio) { this.feeRatio = feeRatio; }
    @Nullable public BigDecimal getPayable() { return payable; }
    public void setPayable(@Nullable BigDecimal payable) { this.payable = payable; }
    public BigDecimal getPaid() { return paid; }
    public void setPaid(BigDecimal paid) { this.paid = paid; }
    public boolean isLocked() { return locked; }
    public void setLocked(boolean locked) { this.locked = locked; }
    public boolean isReopened() { return reopened; }
    public void setReopened(boolean reopened) { this.reopened = reopened; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
