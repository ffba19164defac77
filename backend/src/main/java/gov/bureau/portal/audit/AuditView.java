package gov.bureau.portal.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * An audit entry as the API shows it. actionName and entityTypeName are in the reader's language;
 * entityName is the object's name when its area names it (else null).
 */
@Serdeable
public record AuditView(long id, long seq, OffsetDateTime occurredAt, @Nullable Long actorId, String actorName,
                        String action, String entityType, @Nullable String entityId, @Nullable String changes,
                        @Nullable String reason, String hash,
                        String actionName, String entityTypeName, @Nullable String entityName) {

    static AuditView of(AuditEntry e, ZoneId zone, String actionName, String entityTypeName, @Nullable String entityName) {
        return new AuditView(e.id(), e.seq(), e.occurredAt().atZone(zone).toOffsetDateTime(), e.actorId(), e.actorName(),
                e.action(), e.entityType(), e.entityId(), e.changes(), e.reason(), e.hash(), actionName, entityTypeName, entityName);
    }
}
