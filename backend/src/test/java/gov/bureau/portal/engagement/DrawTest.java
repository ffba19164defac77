package gov.bureau.portal.engagement;

import gov.bureau.portal.engagement.Draw.Entry;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DrawTest {

    private static final List<Entry> POOL = List.of(new Entry(11, "A", 3), new Entry(12, "B", 2), new Entry(13, "C", 1));

    @Test
    void theSameRecordAlwaysDrawsTheSameAgency() {
        for (int i = 0; i < 200; i++) {
            String seed = Draw.newSeed();
            long first = Draw.run(POOL, seed).agencyId();
            List<Entry> shuffled = new ArrayList<>(POOL);
            Collections.shuffle(shuffled);
            assertThat(Draw.run(shuffled, seed).agencyId()).as("input order does not matter").isEqualTo(first);
            assertThat(Draw.run(POOL, seed).agencyId()).isEqualTo(first);
        }
    }

    @Test
    void theAlgorithmIsTheDocumentedOne() throws Exception {
        String seed = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        long ticket = new BigInteger(1, java.util.Arrays.copyOf(digest, 8)).mod(BigInteger.valueOf(6)).longValueExact();
        long expected = ticket < 3 ? 11 : ticket < 5 ? 12 : 13;
        Draw.Result result = Draw.run(POOL, seed);
        assertThat(result.ticket()).isEqualTo(ticket);
        assertThat(result.totalWeight()).isEqualTo(6);
        assertThat(result.agencyId()).isEqualTo(expected);
    }

    @Test
    void eachTicketBelongsToTheAgencyWhoseRunningTotalExceedsIt() {
        // find seeds giving each ticket 0..5 and check which agency owns it
        Map<Long, Long> owner = new HashMap<>();
        for (int i = 0; owner.size() < 6 && i < 10_000; i++) {
            Draw.Result r = Draw.run(POOL, Draw.newSeed());
            owner.put(r.ticket(), r.agencyId());
        }
        assertThat(owner).containsEntry(0L, 11L).containsEntry(1L, 11L).containsEntry(2L, 11L)
                .containsEntry(3L, 12L).containsEntry(4L, 12L).containsEntry(5L, 13L);
    }

    @Test
    void overManySeedsTheFrequenciesFollowTheWeights() {
        int runs = 60_000;
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i < runs; i++) {
            counts.merge(Draw.run(POOL, Draw.newSeed()).agencyId(), 1, Integer::sum);
        }
        // standard deviation of a share near 1/2 over 60,000 draws is about 0.002; 0.015 is over 7 of them
        assertThat(counts.get(11L) / (double) runs).isCloseTo(3 / 6.0, within(0.015));
        assertThat(counts.get(12L) / (double) runs).isCloseTo(2 / 6.0, within(0.015));
        assertThat(counts.get(13L) / (double) runs).isCloseTo(1 / 6.0, within(0.015));
    }

    @Test
    void equalWeightsDrawUniformlyAndZeroWeightsNever() {
        List<Entry> pool = List.of(new Entry(1, "B", 1), new Entry(2, "B", 1), new Entry(3, "B", 1), new Entry(4, "D", 0));
        int runs = 30_000;
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i < runs; i++) {
            counts.merge(Draw.run(pool, Draw.newSeed()).agencyId(), 1, Integer::sum);
        }
        assertThat(counts).doesNotContainKey(4L);
        for (long id = 1; id <= 3; id++) {
            assertThat(counts.get(id) / (double) runs).isCloseTo(1 / 3.0, within(0.02));
        }
    }

    @Test
    void seedsAreFreshSixtyFourHexCharacters() {
        String a = Draw.newSeed();
        String b = Draw.newSeed();
        assertThat(a).matches("[0-9a-f]{64}");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void aPoolWithoutWeightCannotBeDrawn() {
        assertThatThrownBy(() -> Draw.run(List.of(), Draw.newSeed())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Draw.run(List.of(new Entry(1, "D", 0)), Draw.newSeed())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDrawTableStoredWithTheFormerWeightForDStillReads() throws Exception {
        DrawRules.Settings stored = io.micronaut.serde.ObjectMapper.getDefault().readValue(
                "{\"minimumEligible\":3,\"weightA\":3,\"weightB\":2,\"weightC\":1,\"weightD\":0}", DrawRules.Settings.class);
        assertThat(stored).isEqualTo(new DrawRules().defaults());
        assertThat(new DrawRules().validate(stored)).isEmpty();
    }
}
