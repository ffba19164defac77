package gov.bureau.portal.engagement;

import io.micronaut.serde.annotation.Serdeable;

import gov.bureau.portal.common.WeightedDraw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
 */
public final class Draw {

    /** One agency of the pool and its weight. */
    @Serdeable
    public record Entry(long agencyId, String grade, int weight) {
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
        WeightedDraw.Pick pick = WeightedDraw.pick(pool.stream().map(e -> new WeightedDraw.Entry(e.agencyId(), e.weight())).toList(), seed);
        return new Result(pick.id(), pick.ticket(), pick.totalWeight());
    }

    static long ticket(String seed, long totalWeight) {
        return WeightedDraw.ticket(seed, totalWeight);
    }
}
