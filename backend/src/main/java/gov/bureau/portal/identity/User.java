package gov.bureau.portal.identity;

import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A portal account. An AGENCY account belongs to one agency ({@link #agencyId}), a UNIT account to one
 * budget unit ({@link #unitId}), an EXPERT account to one expert of the pool ({@link #expertId}).
 */
@MappedEntity("app_user")
public class User {

    @Id
    @GeneratedValue
    private Long id;
    private String username;
    /** {@link NaturalOrder#key} of the user name, kept with it: the users list sorts by it (agency2 before agency10). */
    @Nullable
    private String usernameSort;
    private String displayName;
    private String passwordHash;
    @TypeDef(type = DataType.STRING)
    @MappedProperty(converter = RoleSetConverter.class)
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean enabled = true;
    @Nullable
    private Long agencyId;
    @Nullable
    private Long unitId;
    @Nullable
    private Long expertId;
    private boolean mustChangePassword;
    @Nullable
    private Instant lastLoginAt;
    @DateCreated
    private Instant createdAt;
    @DateUpdated
    private Instant updatedAt;
    @Version
    private Long version;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; this.usernameSort = NaturalOrder.key(username); }
    @Nullable public String getUsernameSort() { return usernameSort; }
    public void setUsernameSort(@Nullable String usernameSort) { this.usernameSort = usernameSort; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    @Nullable public Long getAgencyId() { return agencyId; }
    public void setAgencyId(@Nullable Long agencyId) { this.agencyId = agencyId; }
    @Nullable public Long getUnitId() { return unitId; }
    public void setUnitId(@Nullable Long unitId) { this.unitId = unitId; }
    @Nullable public Long getExpertId() { return expertId; }
    public void setExpertId(@Nullable Long expertId) { this.expertId = expertId; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public void setMustChangePassword(boolean mustChangePassword) { this.mustChangePassword = mustChangePassword; }
    @Nullable public Instant getLastLoginAt() { return lastLoginAt; }
    public void setLastLoginAt(@Nullable Instant lastLoginAt) { this.lastLoginAt = lastLoginAt; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
