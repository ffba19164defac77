package gov.bureau.portal.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            Instant at = Instant.parse("2026-01-01T00:00:00.123456789Z").plusSeconds(i);
            String hash = AuditChain.hash(prev, i, at, 7L, "admin", "A" + i, "User", "" + i, "{\"x\":" + i + "}", null);
            entries.add(new AuditEntry((long) i, i, AuditChain.storedPrecision(at), 7L, "admin", "A" + i, "User", "" + i,
                    "{\"x\":" + i + "}", null, prev, hash));
            prev = hash;
        }
        return entries;
    }

    @Test
    void anIntactChainVerifies() {
        List<AuditEntry> entries = chain(5);
        AuditChain.Verification v = AuditChain.verify(entries, AuditChain.Verification.start());
        assertThat(v.valid()).isTrue();
        assertThat(v.entries()).isEqualTo(5);
        assertThat(v.checkHead(5, entries.get(4).hash()).valid()).isTrue();
    }

    @Test
    void anEditedFieldIsFound() {
        List<AuditEntry> entries = chain(5);
        AuditEntry e = entries.get(2);
        entries.set(2, new AuditEntry(e.id(), e.seq(), e.occurredAt(), e.actorId(), e.actorName(), e.action(), e.entityType(),
                e.entityId(), "{\"x\":999}", e.reason(), e.prevHash(), e.hash()));
        AuditChain.Verification v = AuditChain.verify(entries, AuditChain.Verification.start());
        assertThat(v.valid()).isFalse();
        assertThat(v.firstInvalidSeq()).isEqualTo(3);
        assertThat(v.problem()).isEqualTo("HASH_MISMATCH");
    }

    @Test
    void aDeletedEntryIsFound() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);
        AuditChain.Verification v = AuditChain.verify(entries, AuditChain.Verification.start());
        assertThat(v.valid()).isFalse();
        assertThat(v.firstInvalidSeq()).isEqualTo(3);
        assertThat(v.problem()).isEqualTo("SEQUENCE_GAP");
    }

    @Test
    void aRemovedTailIsFoundThroughTheHead() {
        List<AuditEntry> entries = chain(5);
        String headHash = entries.get(4).hash();
        AuditChain.Verification v = AuditChain.verify(entries.subList(0, 4), AuditChain.Verification.start()).checkHead(5, headHash);
        assertThat(v.valid()).isFalse();
        assertThat(v.problem()).isEqualTo("TRUNCATED");
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(AuditChain.hash("p", 1, at, null, "ab", "c", "T", null, null, null))
                .isNotEqualTo(AuditChain.hash("p", 1, at, null, "a", "bc", "T", null, null, null));
    }
}
