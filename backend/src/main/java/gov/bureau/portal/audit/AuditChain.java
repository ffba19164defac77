package gov.bureau.portal.audit;

import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The hash chain over audit entries. Pure. Each entry's hash is SHA-256 over the previous hash
 * and every stored field, each field length-prefixed so that no two different entries encode alike.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The database keeps microseconds; hashing the same precision makes a stored entry re-hash alike. */
    public static Instant storedPrecision(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(String prevHash, long seq, Instant occurredAt, @Nullable Long actorId, String actorName,
                              String action, String entityType, @Nullable String entityId,
                              @Nullable String changes, @Nullable String reason) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[]{prevHash, Long.toString(seq), storedPrecision(occurredAt).toString(),
                actorId == null ? "" : actorId.toString(), actorName, action, entityType,
                Objects.toString(entityId, ""), Objects.toString(changes, ""), Objects.toString(reason, "")}) {
            canonical.append(field.length()).append(':').append(field).append('|');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String hashOf(AuditEntry e) {
        return hash(e.prevHash(), e.seq(), e.occurredAt(), e.actorId(), e.actorName(), e.action(), e.entityType(),
                e.entityId(), e.changes(), e.reason());
    }

    /**
     * Walks entries in sequence order, continuing from {@code state}; returns the state after them
     * or the first broken link.
     */
    public static Verification verify(List<AuditEntry> entries, Verification state) {
        Verification current = state;
        for (AuditEntry e : entries) {
            if (!current.valid()) {
                return current;
            }
            if (e.seq() != current.entries() + 1) {
                return current.broken(e, "SEQUENCE_GAP");
            }
            if (!e.prevHash().equals(current.lastHash())) {
                return current.broken(e, "PREVIOUS_HASH_MISMATCH");
            }
            if (!hashOf(e).equals(e.hash())) {
                return current.broken(e, "HASH_MISMATCH");
            }
            current = new Verification(true, current.entries() + 1, e.hash(), null, null, null);
        }
        return current;
    }

    /** The result of walking the chain so far. */
    @io.micronaut.serde.annotation.Serdeable
    public record Verification(boolean valid, long entries, String lastHash,
                               @Nullable Long firstInvalidId, @Nullable Long firstInvalidSeq, @Nullable String problem) {
        public static Verification start() {
            return new Verification(true, 0, GENESIS, null, null, null);
        }

        Verification broken(AuditEntry e, String why) {
            return new Verification(false, entries, lastHash, e.id(), e.seq(), why);
        }

        /** The head row must agree with the last entry, or entries were removed from the end. */
        public Verification checkHead(long headSeq, String headHash) {
            if (!valid) {
                return this;
            }
            if (headSeq != entries || !headHash.equals(lastHash)) {
                return new Verification(false, entries, lastHash, null, entries + 1, "TRUNCATED");
            }
            return this;
        }
    }
}
