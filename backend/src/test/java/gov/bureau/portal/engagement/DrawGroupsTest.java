package gov.bureau.portal.engagement;

import gov.bureau.portal.engagement.Draw.Entry;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Related agencies in a draw (DOMAIN.md §12, issue 16): a group stands as one entrant, so that the
 * group's total chance equals one independent member's, whatever its size.
 */
class DrawGroupsTest {

    private static final int SEEDS = 60_000;

    /** Deterministic seeds of the documented form (64 lower-case hex characters): the test cannot flake. */
    private static String seed(int i) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(("draw-groups-" + i).getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Entry> group(long first, int size, String grade, int weight) {
        List<Entry> members = new ArrayList<>();
        for (long id = first; id < first + size; id++) {
            members.add(new Entry(id, grade, weight, first));
        }
        return members;
    }

    @Test
    void groupsOfTwoAndFiveHaveTheChanceOfOneMemberOverManySeeds() throws Exception {
        List<Entry> pool = new ArrayList<>();
        pool.addAll(group(1, 2, "B", 2));                 // a group of 2
        pool.addAll(group(3, 5, "B", 2));                 // a group of 5
        pool.add(new Entry(20, "B", 2));                  // three independent agencies
        pool.add(new Entry(21, "B", 2));
        pool.add(new Entry(22, "B", 2));
        Map<Long, Integer> wins = new HashMap<>();
        for (int i = 0; i < SEEDS; i++) {
            wins.merge(Draw.run(pool, seed(i)).agencyId(), 1, Integer::sum);
        }
        long groupOf2 = wins.getOrDefault(1L, 0) + wins.getOrDefault(2L, 0);
        long groupOf5 = 0;
        for (long id = 3; id <= 7; id++) {
            groupOf5 += wins.getOrDefault(id, 0);
        }
        // five entrants of equal weight: each 1/5; 5 standard deviations of a binomial(60000, 0.2) is about 490
        double expected = SEEDS / 5.0;
        double tolerance = 5 * Math.sqrt(SEEDS * 0.2 * 0.8);
        for (long independent : List.of(20L, 21L, 22L)) {
            assertThat((double) wins.getOrDefault(independent, 0)).isCloseTo(expected, org.assertj.core.data.Offset.offset(tolerance));
        }
        assertThat((double) groupOf2).as("the group of 2 together").isCloseTo(expected, org.assertj.core.data.Offset.offset(tolerance));
        assertThat((double) groupOf5).as("the group of 5 together").isCloseTo(expected, org.assertj.core.data.Offset.offset(tolerance));
        // the group's share is the chance of ONE member: each independent agency's, not 2 or 5 times it
        assertThat(Math.abs(groupOf2 - wins.get(20L))).isLessThan((long) (2 * tolerance));
        assertThat(Math.abs(groupOf5 - wins.get(21L))).isLessThan((long) (2 * tolerance));
        // and inside a group the members share that chance: every member is drawn sometimes
        for (long id = 1; id <= 7; id++) {
            assertThat(wins.getOrDefault(id, 0)).as("member %s", id).isPositive();
        }
        // within the group of 5 each member gets about a fifth of the group's share
        for (long id = 3; id <= 7; id++) {
            assertThat((double) wins.get(id)).isCloseTo(groupOf5 / 5.0, org.assertj.core.data.Offset.offset(5 * Math.sqrt(groupOf5 * 0.2 * 0.8)));
        }
    }

    @Test
    void theTicketsAreExactlyOnePerEntrantWeight() throws Exception {
        // exact, not statistical: over every residue of the first ticket the group owns one member's tickets
        List<Entry> pool = new ArrayList<>(group(1, 5, "A", 3));
        pool.add(new Entry(10, "A", 3));
        pool.add(new Entry(11, "B", 2));
        Map<Long, Long> owned = new HashMap<>();
        int found = 0;
        for (int i = 0; found < 8 * 50 && i < 100_000; i++) {
            String s = seed(i);
            Draw.Result r = Draw.run(pool, s);
            assertThat(r.totalWeight()).as("the group counts once with one weight").isEqualTo(3 + 3 + 2);
            long entrant = r.agencyId() <= 5 ? 1 : r.agencyId();
            owned.merge(entrant * 100 + r.ticket(), 1L, Long::sum);
            found++;
        }
        // tickets 0..2 belong to the group, 3..5 to agency 10, 6..7 to agency 11
        owned.keySet().forEach(k -> {
            long entrant = k / 100;
            long ticket = k % 100;
            long expected = ticket < 3 ? 1 : ticket < 6 ? 10 : 11;
            assertThat(entrant).as("ticket %s", ticket).isEqualTo(expected);
        });
    }

    @Test
    void theGroupStandsWithItsBestMembersWeightAndTheMemberTicketIsTheDocumentedOne() throws Exception {
        List<Entry> pool = List.of(new Entry(1, "C", 1, 1L), new Entry(2, "A", 3, 1L), new Entry(3, "B", 2));
        String seed = seed(7);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        long ticket = new BigInteger(1, java.util.Arrays.copyOfRange(digest, 0, 8)).mod(BigInteger.valueOf(5)).longValueExact();
        long second = new BigInteger(1, java.util.Arrays.copyOfRange(digest, 8, 16)).mod(BigInteger.valueOf(4)).longValueExact();
        long expected = ticket < 3 ? (second < 1 ? 1 : 2) : 3;
        Draw.Result r = Draw.run(pool, seed);
        assertThat(r.totalWeight()).isEqualTo(5);
        assertThat(r.ticket()).isEqualTo(ticket);
        assertThat(r.agencyId()).isEqualTo(expected);
        List<Entry> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, new Random(3));
        assertThat(Draw.run(shuffled, seed).agencyId()).isEqualTo(expected);
    }

    @Test
    void aPoolWithoutGroupsDrawsAsBefore() throws Exception {
        List<Entry> pool = List.of(new Entry(11, "A", 3), new Entry(12, "B", 2), new Entry(13, "C", 1));
        for (int i = 0; i < 500; i++) {
            String s = seed(i);
            long ticket = Draw.ticket(s, 6);
            long expected = ticket < 3 ? 11 : ticket < 5 ? 12 : 13;
            assertThat(Draw.run(pool, s).agencyId()).isEqualTo(expected);
        }
    }
}
