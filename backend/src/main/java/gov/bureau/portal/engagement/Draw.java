package gov.bureau.portal.engagement;

import gov.bureau.portal.common.WeightedDraw;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The auditable random draw (随机抽取, DOMAIN.md §4). Anyone holding the stored record can re-run it
 * by hand or in any language:
 * <ol>
 *   <li>Take the pool: the eligible agencies with their integer weights (from their credit grade),
 *       <b>sorted by agency id ascending</b>.</li>
 *   <li>Let {@code W} be the sum of the weights.</li>
 *   <li>Compute {@code SHA-256} over the UTF-8 bytes of the seed as stored (64 hexadecimal characters,
 *       lower case); read its first 8 bytes as an unsigned big-endian integer {@code x}.</li>
 *   <li>The ticket is {@code r = x mod W}.</li>
 *   <li>Walk the pool in order adding up weights; the drawn agency is the first whose running total
 *       exceeds {@code r}. An agency of weight {@code w} thus owns {@code w} of the {@code W} tickets.</li>
 * </ol>
 * The algorithm is {@link WeightedDraw}, shared with the expert panel draw. The seed comes from a secure random source (32 bytes). The bias of {@code x mod W} is below
 * {@code W / 2^64}, which is nil for any real pool.
 * <p><b>Related agencies</b> (DOMAIN.md §12): entries carrying the same {@code group} (the smallest
 * agency id of the related group) stand as <b>one</b> entrant. In steps 2 and 5 a group counts once,
 * placed at its smallest agency id, with the weight of its best member (the highest weight among its
 * entries). When the ticket falls on a group, a second ticket {@code s = y mod V} picks the member, where
 * {@code y} is bytes 9 to 16 of the same digest (unsigned big-endian) and {@code V} the sum of the
 * members' own weights, walking the members by agency id ascending. The group as a whole thus has the
 * chance of one agency; a record without groups draws exactly as before.
 */
public final class Draw {

    /** One agency of the pool, its weight, and the related group it stands in (null: on its own). */
    @Serdeable
    public record Entry(long agencyId, String grade, int weight, @Nullable Long group) {

        public Entry(long agencyId, String grade, int weight) {
            this(agencyId, grade, weight, null);
        }

        /** The entrant this entry belongs to: its group, or itself. */
        long entrant() {
            return group == null ? agencyId : group;
        }
    }

    /** The drawn agency and the ticket that chose it. */
    public record Result(long agencyId, long ticket, long totalWeight) {
    }

    private Draw() {
    }

    /** A fresh seed: 32 bytes from a secure random source, in lower-case hex. */
    public static String newSeed() {
        return WeightedDraw.newSeed();
    }

    /** The pool in the order the draw walks it. */
    public static List<Entry> ordered(List<Entry> pool) {
        List<Entry> sorted = new ArrayList<>(pool);
        sorted.sort(Comparator.comparingLong(Entry::agencyId));
        return sorted;
    }

    public static Result run(List<Entry> pool, String seed) {
        // entrants by id (a group's id is its smallest agency id), each with its members by agency id
        TreeMap<Long, List<Entry>> entrants = new TreeMap<>();
        for (Entry e : ordered(pool)) {
            if (e.weight() < 0) {
                throw new IllegalArgumentException("negative weight for agency " + e.agencyId());
            }
            entrants.computeIfAbsent(e.entrant(), k -> new ArrayList<>()).add(e);
        }
        List<WeightedDraw.Entry> weighted = entrants.entrySet().stream()
                .map(x -> new WeightedDraw.Entry(x.getKey(), weightOf(x.getValue()))).toList();
        WeightedDraw.Pick pick = WeightedDraw.pick(weighted, seed);
        return new Result(member(entrants.get(pick.id()), seed), pick.ticket(), pick.totalWeight());
    }

    /** An entrant's one weight: its own, or for a group the highest among its members. */
    static int weightOf(List<Entry> members) {
        return members.stream().mapToInt(Entry::weight).max().orElse(0);
    }

    /** The member of the drawn entrant: itself, or for a group the one the second ticket falls on. */
    private static long member(List<Entry> members, String seed) {
        if (members.size() == 1) {
            return members.get(0).agencyId();
        }
        long sum = members.stream().mapToLong(Entry::weight).sum();
        if (sum <= 0) {
            return members.get(0).agencyId();
        }
        long second = WeightedDraw.secondTicket(seed, sum);
        long running = 0;
        for (Entry e : members) {
            running += e.weight();
            if (second < running) {
                return e.agencyId();
            }
        }
        throw new IllegalStateException("unreachable: member ticket " + second + " of " + sum);
    }

    static long ticket(String seed, long totalWeight) {
        return WeightedDraw.ticket(seed, totalWeight);
    }
}
