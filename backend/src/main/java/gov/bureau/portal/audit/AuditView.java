package gov.bureau.portal.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** An audit entry as the API shows it. */
@Serdeable
public record AuditView(long id, long seq, OffsetDateTime occurredAt, @Nullable Long actorId, String actorName,
                        String action, String entityType, @Nullable String entityId, @Nullable String changes,
                        @Nullable String reason, String hash) {

    static AuditView of(AuditEntry e, ZoneId zone) {
        return new AuditView(e.id(), e.seq(), e.occurredAt().atZone(zone).toOffsetDateTime(), e.actorId(), e.actorName(),
                e.action(), e.entityType(), e.entityId(), e.changes(), e.reason(), e.hash());
    }
}
