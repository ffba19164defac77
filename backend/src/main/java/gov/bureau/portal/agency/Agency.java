package gov.bureau.portal.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An agency (第三方机构) with the single-valued blocks of its profile in force: 机构信息, 法定代表人 and
 * the declaration. The repeatable blocks live in their own tables; a change request waiting for
 * review is kept whole in {@link #pendingChange} (JSON of {@link ProfileData}).
 */
@MappedEntity("agency")
public class Agency {

    @Id
    @GeneratedValue
    private Long id;
    private String name;
    private String uscc;
    private AgencyType agencyType;
    @Nullable
    private Boolean independentLegalPerson;
    @Nullable
    private String headOffice;
    @Nullable
    private String registeredAddress;
    @Nullable
    private LocalDate foundedOn;
    @Nullable
    private BigDecimal registeredCapital;
    private String contactName;
    private String contactPhone;
    private String email;
    @Nullable
    private String businessScope;
    @Nullable
    private String qualitySystem;
    @Nullable
    private String legalRepName;
    @Nullable
    private IdType legalRepIdType;
    @Nullable
    private String legalRepIdNumber;
    @Nullable
    private String legalRepPhone;
    private boolean declarationAccepted;
    @Nullable
    private Instant declaredAt;
    private AgencyStatus status;
    @Nullable
    private ChangeState changeState;
    @Nullable
    private String pendingChange;
    private Instant registeredAt;
    @Nullable
    private Instant submittedAt;
    @Nullable
    private Instant approvedAt;
    @Nullable
    private Long approvedVersionId;
    @Nullable
    private String statusReason;
    @Nullable
    private Instant statusChangedAt;
    @Nullable
    private Integer confirmedYear;
    @Nullable
    private Instant confirmedAt;
    private boolean confirmationOverdue;
    private int expiringCertificates;
    private int expiredCertificates;
    @Nullable
    private Instant flagsCheckedAt;
    @DateCreated
    private Instant createdAt;
    @DateUpdated
    private Instant updatedAt;
    @Version
    private Long version;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUscc() { return uscc; }
    public void setUscc(String uscc) { this.uscc = uscc; }
    public AgencyType getAgencyType() { return agencyType; }
    public void setAgencyType(AgencyType agencyType) { this.agencyType = agencyType; }
    @Nullable public Boolean getIndependentLegalPerson() { return independentLegalPerson; }
    public void setIndependentLegalPerson(@Nullable Boolean independentLegalPerson) { this.independentLegalPerson = independentLegalPerson; }
    @Nullable public String getHeadOffice() { return headOffice; }
    public void setHeadOffice(@Nullable String headOffice) { this.headOffice = headOffice; }
    @Nullable public String getRegisteredAddress() { return registeredAddress; }
    public void setRegisteredAddress(@Nullable String registeredAddress) { this.registeredAddress = registeredAddress; }
    @Nullable public LocalDate getFoundedOn() { return foundedOn; }
    public void setFoundedOn(@Nullable LocalDate foundedOn) { this.foundedOn = foundedOn; }
    @Nullable public BigDecimal getRegisteredCapital() { return registeredCapital; }
    public void setRegisteredCapital(@Nullable BigDecimal registeredCapital) { this.registeredCapital = registeredCapital; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    @Nullable public String getBusinessScope() { return businessScope; }
    public void setBusinessScope(@Nullable String businessScope) { this.businessScope = businessScope; }
    @Nullable public String getQualitySystem() { return qualitySystem; }
    public void setQualitySystem(@Nullable String qualitySystem) { this.qualitySystem = qualitySystem; }
    @Nullable public String getLegalRepName() { return legalRepName; }
    public void setLegalRepName(@Nullable String legalRepName) { this.legalRepName = legalRepName; }
    @Nullable public IdType getLegalRepIdType() { return legalRepIdType; }
    public void setLegalRepIdType(@Nullable IdType legalRepIdType) { this.legalRepIdType = legalRepIdType; }
    @Nullable public String getLegalRepIdNumber() { return legalRepIdNumber; }
    public void setLegalRepIdNumber(@Nullable String legalRepIdNumber) { this.legalRepIdNumber = legalRepIdNumber; }
    @Nullable public String getLegalRepPhone() { return legalRepPhone; }
    public void setLegalRepPhone(@Nullable String legalRepPhone) { this.legalRepPhone = legalRepPhone; }
    public boolean isDeclarationAccepted() { return declarationAccepted; }
    public void setDeclarationAccepted(boolean declarationAccepted) { this.declarationAccepted = declarationAccepted; }
    @Nullable public Instant getDeclaredAt() { return declaredAt; }
    public void setDeclaredAt(@Nullable Instant declaredAt) { this.declaredAt = declaredAt; }
    public AgencyStatus getStatus() { return status; }
    public void setStatus(AgencyStatus status) { this.status = status; }
    @Nullable public ChangeState getChangeState() { return changeState; }
    public void setChangeState(@Nullable ChangeState changeState) { this.changeState = changeState; }
    @Nullable public String getPendingChange() { return pendingChange; }
    public void setPendingChange(@Nullable String pendingChange) { this.pendingChange = pendingChange; }
    public Instant getRegisteredAt() { return registeredAt; }
    public void setRegisteredAt(Instant registeredAt) { this.registeredAt = registeredAt; }
    @Nullable public Instant getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(@Nullable Instant submittedAt) { this.submittedAt = submittedAt; }
    @Nullable public Instant getApprovedAt() { return approvedAt; }
    public void setApprovedAt(@Nullable Instant approvedAt) { this.approvedAt = approvedAt; }
    @Nullable public Long getApprovedVersionId() { return approvedVersionId; }
    public void setApprovedVersionId(@Nullable Long approvedVersionId) { this.approvedVersionId = approvedVersionId; }
    @Nullable public String getStatusReason() { return statusReason; }
    public void setStatusReason(@Nullable String statusReason) { this.statusReason = statusReason; }
    @Nullable public Instant getStatusChangedAt() { return statusChangedAt; }
    public void setStatusChangedAt(@Nullable Instant statusChangedAt) { this.statusChangedAt = statusChangedAt; }
    @Nullable public Integer getConfirmedYear() { return confirmedYear; }
    public void setConfirmedYear(@Nullable Integer confirmedYear) { this.confirmedYear = confirmedYear; }
    @Nullable public Instant getConfirmedAt() { return confirmedAt; }
    public void setConfirmedAt(@Nullable Instant confirmedAt) { this.confirmedAt = confirmedAt; }
    public boolean isConfirmationOverdue() { return confirmationOverdue; }
    public void setConfirmationOverdue(boolean confirmationOverdue) { this.confirmationOverdue = confirmationOverdue; }
    public int getExpiringCertificates() { return expiringCertificates; }
    public void setExpiringCertificates(int expiringCertificates) { this.expiringCertificates = expiringCertificates; }
    public int getExpiredCertificates() { return expiredCertificates; }
    public void setExpiredCertificates(int expiredCertificates) { this.expiredCertificates = expiredCertificates; }
    @Nullable public Instant getFlagsCheckedAt() { return flagsCheckedAt; }
    public void setFlagsCheckedAt(@Nullable Instant flagsCheckedAt) { this.flagsCheckedAt = flagsCheckedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
