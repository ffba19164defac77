package gov.bureau.portal.identity;

import gov.bureau.portal.audit.TableAuditNames;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

/** Users named in the audit log (audit.AuditNames): display name and user name. */
@Singleton
class UserAuditNames extends TableAuditNames {

    UserAuditNames(JdbcOperations jdbc) {
        super(jdbc, "User", "app_user", "CONCAT(display_name, ' (', username, ')')");
    }
}
