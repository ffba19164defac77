package gov.bureau.portal.engagement;

import gov.bureau.portal.audit.TableAuditNames;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

/** Engagements named in the audit log (audit.AuditNames): the project's title. */
@Singleton
class EngagementAuditNames extends TableAuditNames {

    EngagementAuditNames(JdbcOperations jdbc) {
        super(jdbc, "Engagement", "engagement", "title");
    }
}
