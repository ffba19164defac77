package gov.bureau.portal.identity;

import gov.bureau.portal.security.PasswordRules;
import gov.bureau.portal.security.Role;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/** Managing accounts: what an ADMIN does on the users screen, and a user's own password. */
@Singleton
public class UserService {

    static final String ENTITY = "User";
    private static final Map<String, String> SORTABLE = Map.of(
            "username", "usernameSort", "displayName", "displayName", "createdAt", "createdAt", "lastLoginAt", "lastLoginAt");

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final RefreshTokens refreshTokens;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final BureauClock clock;

    public UserService(UserRepository users, PasswordHasher hasher, Sessions sessions, RefreshTokens refreshTokens,
                       SignInThrottle throttle, AuditLog audit, BureauClock clock) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    public record Filter(@Nullable String q, @Nullable Role role, @Nullable Boolean enabled, @Nullable Long agencyId,
                         @Nullable Long unitId) {

        public Filter(@Nullable String q, @Nullable Role role, @Nullable Boolean enabled, @Nullable Long agencyId) {
            this(q, role, enabled, agencyId, null);
        }
    }

    @Transactional
    public PageResponse<UserView> list(Filter filter, PageQuery page) {
        PredicateSpecification<User> spec = PredicateSpecification.where(null);
        if (filter.q() != null && !filter.q().isBlank()) {
            String like = "%" + filter.q().trim().replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((root, cb) -> cb.or(cb.like(root.get("username"), like), cb.like(root.get("displayName"), like)));
        }
        if (filter.role() != null) {
            String like = "%" + filter.role().name() + "%";
            spec = spec.and((root, cb) -> cb.like(root.get("roles"), like));
        }
        if (filter.enabled() != null) {
            spec = spec.and((root, cb) -> cb.equal(root.get("enabled"), filter.enabled()));
        }
        if (filter.agencyId() != null) {
            spec = spec.and((root, cb) -> cb.equal(root.get("agencyId"), filter.agencyId()));
        }
        if (filter.unitId() != null) {
            spec = spec.and((root, cb) -> cb.equal(root.get("unitId"), filter.unitId()));
        }
        var found = users.findAll(spec, page.toPageable(SORTABLE, "username"));
        Map<String, java.time.Instant> locks = throttle.locksAmong(found.getContent().stream().map(User::getUsername).toList());
        return PageResponse.of(found, u -> UserView.of(u, locks.get(u.getUsername().toLowerCase(java.util.Locale.ROOT)),
                clock.now(), clock.zone()));
    }

    @Transactional
    public UserView get(Long id) {
        return view(find(id));
    }

    @Transactional
    public Me me(Actor actor) {
        User u = actor.userId() == null ? null : users.findById(actor.userId()).orElse(null);
        if (u == null || !u.isEnabled()) {
            throw new PortalException(io.micronaut.http.HttpStatus.UNAUTHORIZED, "UNAUTHORIZED");
        }
        return new Me(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(), u.getAgencyId(), u.getUnitId(),
                u.getExpertId(), u.isMustChangePassword());
    }

    @Transactional
    public Long create(Actor actor, UserCommands.CreateUser command) {
        List<FieldProblem> problems = new ArrayList<>();
        PasswordRules.check("password", command.password()).ifPresent(problems::add);
        checkRoles(command.roles(), command.agencyId(), command.unitId(), command.expertId(), problems);
        if (command.agencyId() != null && !users.agencyExists(command.agencyId())) {
            problems.add(new FieldProblem("agencyId", "validation.agency-unknown"));
        }
        if (command.unitId() != null && !users.unitExists(command.unitId())) {
            problems.add(new FieldProblem("unitId", "validation.unit-unknown"));
        }
        if (command.expertId() != null && !users.expertExists(command.expertId())) {
            problems.add(new FieldProblem("expertId", "validation.expert-unknown"));
        }
        if (users.existsByUsername(command.username().trim())) {
            problems.add(new FieldProblem("username", "validation.username-taken"));
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        User user = new User();
        user.setUsername(command.username().trim());
        user.setDisplayName(command.displayName().trim());
        user.setPasswordHash(hasher.hash(command.password()));
        user.setRoles(command.roles());
        user.setEnabled(command.enabled() == null || command.enabled());
        user.setAgencyId(command.agencyId());
        user.setExpertId(command.expertId());
        user.setUnitId(command.unitId());
        user = users.save(user);
        audit.record(actor, "USER_CREATED", ENTITY, user.getId(), Changes.create()
                .set("username", user.getUsername()).set("displayName", user.getDisplayName())
                .set("roles", user.getRoles()).set("enabled", user.isEnabled()).set("agencyId", user.getAgencyId())
                .set("unitId", user.getUnitId()).set("expertId", user.getExpertId()).toMap());
        return user.getId();
    }

    /**
     * Creates an account for a newly registered agency; called by registration, audited there. The
     * caller has checked the password with {@link PasswordRules}; it is checked again here.
     */
    @Transactional
    public User createAgencyAccount(String username, String displayName, String password, Long agencyId) {
        return createOwnAccount(username, displayName, password, Role.AGENCY, user -> user.setAgencyId(agencyId));
    }

    /**
     * Creates the account of a self-registered expert; called by the experts area, audited there. The
     * password is checked again here.
     */
    @Transactional
    public User createExpertAccount(String username, String displayName, String password, Long expertId) {
        return createOwnAccount(username, displayName, password, Role.EXPERT, user -> user.setExpertId(expertId));
    }

    /** The account of one who registered themselves, with the one role and the object they own. */
    private User createOwnAccount(String username, String displayName, String password, Role role, Consumer<User> owner) {
        PasswordRules.check("password", password).ifPresent(p -> {
            throw PortalException.invalid(List.of(p));
        });
        User user = new User();
        user.setUsername(username.trim());
        user.setDisplayName(displayName.trim());
        user.setPasswordHash(hasher.hash(password));
        user.setRoles(EnumSet.of(role));
        owner.accept(user);
        return users.save(user);
    }

    @Transactional
    public UserView update(Actor actor, Long id, UserCommands.UpdateUser command) {
        User user = find(id);
        if (!Objects.equals(user.getVersion(), command.version())) {
            throw PortalException.conflict("STALE_VERSION");
        }
        List<FieldProblem> problems = new ArrayList<>();
        checkRoles(command.roles(), user.getAgencyId(), user.getUnitId(), user.getExpertId(), problems);
        boolean self = id.equals(actor.userId());
        if (self && !command.enabled()) {
            problems.add(new FieldProblem("enabled", "validation.cannot-disable-self"));
        }
        if (self && !command.roles().contains(Role.ADMIN)) {
            problems.add(new FieldProblem("roles", "validation.cannot-drop-own-admin"));
        }
        boolean losesAdmin = user.getRoles().contains(Role.ADMIN) && user.isEnabled()
                && (!command.roles().contains(Role.ADMIN) || !command.enabled());
        if (losesAdmin && !self && users.countEnabledAdmins() <= 1) {
            problems.add(new FieldProblem("roles", "validation.last-admin"));
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        Changes changes = Changes.create()
                .diff("displayName", user.getDisplayName(), command.displayName().trim())
                .diff("roles", user.getRoles(), EnumSet.copyOf(command.roles()))
                .diff("enabled", user.isEnabled(), command.enabled());
        boolean disabled = user.isEnabled() && !command.enabled();
        boolean rolesChanged = !user.getRoles().equals(EnumSet.copyOf(command.roles()));
        user.setDisplayName(command.displayName().trim());
        user.setRoles(command.roles());
        user.setEnabled(command.enabled());
        user = users.update(user);
        if (disabled || rolesChanged) {
            // every session ends now: its access tokens are refused at their next request (OpenSessionValidator)
            sessions.endAll(id, Sessions.ADMIN);
        }
        if (!changes.isEmpty()) {
            audit.record(actor, "USER_UPDATED", ENTITY, id, changes.toMap());
        }
        return view(user);
    }

    @Transactional
    public String resetPassword(Actor actor, Long id) {
        User user = find(id);
        String temporary = PasswordRules.temporary();
        user.setPasswordHash(hasher.hash(temporary));
        user.setMustChangePassword(true);
        users.update(user);
        throttle.unlock(user.getUsername());
        sessions.endAll(id, Sessions.PASSWORD);
        audit.record(actor, "USER_PASSWORD_RESET", ENTITY, id, Changes.create().set("username", user.getUsername()).toMap());
        return temporary;
    }

    @Transactional
    public UserView unlock(Actor actor, Long id) {
        User user = find(id);
        throttle.unlock(user.getUsername());
        audit.record(actor, "USER_UNLOCKED", ENTITY, id, Changes.create().set("username", user.getUsername()).toMap());
        return view(user);
    }

    /**
     * Changes the caller's password and ends the user's other sessions; the session that asked
     * ({@code sessionId}) goes on.
     */
    @Transactional
    public void changeOwnPassword(Actor actor, @Nullable Long sessionId, UserCommands.ChangePassword command) {
        User user = users.findById(actor.userId()).orElseThrow(PortalException::notFound);
        if (PasswordRules.tooLong(command.currentPassword())) {
            throw PortalException.invalid("currentPassword", "validation.password-too-long", PasswordRules.MAX_BYTES);
        }
        if (!hasher.matches(command.currentPassword(), user.getPasswordHash())) {
            throw PortalException.invalid("currentPassword", "validation.wrong-password");
        }
        PasswordRules.check("newPassword", command.newPassword()).ifPresent(p -> {
            throw PortalException.invalid(List.of(p));
        });
        if (command.newPassword().equals(command.currentPassword())) {
            throw PortalException.invalid("newPassword", "validation.password-unchanged");
        }
        user.setPasswordHash(hasher.hash(command.newPassword()));
        user.setMustChangePassword(false);
        users.update(user);
        sessions.endOthers(user.getId(), sessionId, Sessions.PASSWORD);
        audit.record(actor, "PASSWORD_CHANGED", ENTITY, user.getId(), null);
    }

    /**
     * Signing out ends the session of the access token used and that of the given refresh token; without a
     * refresh token, every session of the user ends.
     */
    @Transactional
    public void signOut(Actor actor, @Nullable Long sessionId, @Nullable String refreshToken) {
        Long userId = actor.userId();
        if (refreshToken == null || refreshToken.isBlank()) {
            sessions.endAll(userId, Sessions.SIGN_OUT);
            return;
        }
        refreshTokens.sessionOf(userId, refreshToken).ifPresent(s -> sessions.end(s, userId, Sessions.SIGN_OUT));
        if (sessionId != null) {
            sessions.end(sessionId, userId, Sessions.SIGN_OUT);
        }
    }

/**
     * An account belongs to at most one owner, and an owner's role comes alone and with its owner: AGENCY with
     * agencyId, UNIT with unitId, EXPERT with expertId (one table, one rule).
     */
    private static void checkRoles(Set<Role> roles, @Nullable Long agencyId, @Nullable Long unitId, @Nullable Long expertId,
                                   List<FieldProblem> problems) {
        if (roles == null || roles.isEmpty()) {
            return; // @NotEmpty reports it
        }
        checkOwner(roles, Role.AGENCY, agencyId, "agencyId", "agency", problems);
        checkOwner(roles, Role.UNIT, unitId, "unitId", "unit", problems);
        checkOwner(roles, Role.EXPERT, expertId, "expertId", "expert", problems);
    }

    private static void checkOwner(Set<Role> roles, Role role, @Nullable Long ownerId, String field, String name,
                                   List<FieldProblem> problems) {
        if (roles.contains(role) && roles.size() > 1) {
            problems.add(new FieldProblem("roles", "validation." + name + "-role-alone"));
        }
        if (roles.contains(role) && ownerId == null) {
            problems.add(new FieldProblem(field, "validation." + name + "-required"));
        }
        if (!roles.contains(role) && ownerId != null) {
            problems.add(new FieldProblem(field, "validation." + name + "-only-for-" + name + "-role"));
        }
    }

    private User find(Long id) {
        return users.findById(id).orElseThrow(PortalException::notFound);
    }

    private UserView view(User u) {
        return UserView.of(u, throttle.lockedUntil(u.getUsername()), clock.now(), clock.zone());
    }
}
