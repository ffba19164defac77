package gov.bureau.portal.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Names the objects of one entity type for the audit log's readers ("南京明理会计师事务所", not
 * "Agency #4"). The area that owns the type implements it as a bean; the audit area imports no area.
 */
public interface AuditNames {

    /** The entity type as audit entries record it ("Agency", "Engagement", "User"). */
    String entityType();

    /** Display names of the given ids that exist (ids as audit entries record them: text). */
    Map<String, String> names(Collection<String> ids);
}
