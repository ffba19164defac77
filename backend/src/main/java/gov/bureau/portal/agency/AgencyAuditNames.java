package gov.bureau.portal.agency;

import gov.bureau.portal.audit.TableAuditNames;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

/** Agencies named in the audit log (audit.AuditNames): the agency's name. */
@Singleton
class AgencyAuditNames extends TableAuditNames {

    AgencyAuditNames(JdbcOperations jdbc) {
        super(jdbc, "Agency", "agency", "name");
    }
}
