package gov.bureau.portal.audit;

import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Writes the audit log. Call it inside the transaction of the change it records, as the change's
 * last statement: the entry and the change commit or roll back together, and the chain head lock
 * is held only briefly.
 */
@Singleton
public class AuditLog {

    private final AuditRepository repository;
    private final JsonMapper json;
    private final Clock clock;

    public AuditLog(AuditRepository repository, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param action what was done, e.g. {@code USER_CREATED}
     * @param changes what changed: field → value, or field → {from, to} (see {@link Changes})
     * @param reason why, when the decision has one
     */
    @Transactional
    public AuditEntry record(Actor actor, String action, String entityType, @Nullable Object entityId,
                             @Nullable Map<String, ?> changes, @Nullable String reason) {
        ChainHead head = repository.lockHead();
        long seq = head.lastSeq() + 1;
        Instant at = AuditChain.storedPrecision(Instant.now(clock));
        String changesJson = changes == null || changes.isEmpty() ? null : toJson(changes);
        String id = entityId == null ? null : entityId.toString();
        String hash = AuditChain.hash(head.lastHash(), seq, at, actor.userId(), actor.username(), action, entityType,
                id, changesJson, reason);
        AuditEntry entry = repository.save(new AuditEntry(null, seq, at, actor.userId(), actor.username(), action,
                entityType, id, changesJson, reason, head.lastHash(), hash));
        repository.moveHead(seq, hash);
        return entry;
    }

    @Transactional
    public AuditEntry record(Actor actor, String action, String entityType, @Nullable Object entityId,
                             @Nullable Map<String, ?> changes) {
        return record(actor, action, entityType, entityId, changes, null);
    }

    private String toJson(Map<String, ?> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (IOException e) {
            throw new UncheckedIOException("audit changes are not serialisable", e);
        }
    }
}
