package gov.bureau.portal.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One row of the append-only audit log. */
@MappedEntity("audit_log")
public record AuditEntry(
        @Id @GeneratedValue @Nullable Long id,
        long seq,
        Instant occurredAt,
        @Nullable Long actorId,
        String actorName,
        String action,
        String entityType,
        @Nullable String entityId,
        @Nullable String changes,
        @Nullable String reason,
        String prevHash,
        String hash) {
}
