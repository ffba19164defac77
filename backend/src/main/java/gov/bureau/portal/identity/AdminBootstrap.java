package gov.bureau.portal.identity;

import gov.bureau.portal.security.PasswordRules;
import gov.bureau.portal.security.Role;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumSet;

/**
 * On an empty database, creates the first ADMIN: user {@code admin} with PORTAL_ADMIN_PASSWORD, or
 * with a random password written once to the log.
 */
@Singleton
public class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    public static final String ADMIN_USERNAME = "admin";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final String initialPassword;

    public AdminBootstrap(UserRepository users, PasswordHasher hasher, AuditLog audit,
                          @Nullable @Value("${portal.admin.initial-password}") String initialPassword) {
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.initialPassword = initialPassword;
    }

    @EventListener
    @Order(10)
    @Transactional
    public void onStartup(StartupEvent event) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = initialPassword == null || initialPassword.isBlank();
        String password = generated ? PasswordRules.temporary() : initialPassword;
        User admin = new User();
        admin.setUsername(ADMIN_USERNAME);
        admin.setDisplayName("系统管理员");
        admin.setPasswordHash(hasher.hash(password));
        admin.setRoles(EnumSet.of(Role.ADMIN));
        admin.setMustChangePassword(generated);
        admin = users.save(admin);
        audit.record(Actor.SYSTEM, "USER_CREATED", UserService.ENTITY, admin.getId(),
                Changes.create().set("username", ADMIN_USERNAME).set("roles", admin.getRoles()).toMap(), "first start");
        if (generated) {
            LOG.warn("Created the first administrator '{}' with the generated password: {}  (set PORTAL_ADMIN_PASSWORD to choose it)",
                    ADMIN_USERNAME, password);
        } else {
            LOG.info("Created the first administrator '{}' with the password from PORTAL_ADMIN_PASSWORD", ADMIN_USERNAME);
        }
    }
}
