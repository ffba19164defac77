package gov.bureau.portal.engagement;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
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
 * The seed comes from {@link SecureRandom} (32 bytes). The bias of {@code x mod W} is below
 * {@code W / 2^64}, which is nil for any real pool.
 */
public final class Draw {

    private static final SecureRandom RANDOM = new SecureRandom();

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
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The pool in the order the draw walks it. */
    public static List<Entry> ordered(List<Entry> pool) {
        List<Entry> sorted = new ArrayList<>(pool);
        sorted.sort(Comparator.comparingLong(Entry::agencyId));
        return sorted;
    }

    public static Result run(List<Entry> pool, String seed) {
        List<Entry> ordered = ordered(pool);
        long total = 0;
        for (Entry e : ordered) {
            if (e.weight() < 0) {
                throw new IllegalArgumentException("negative weight for agency " + e.agencyId());
            }
            total += e.weight();
        }
        if (total <= 0) {
            throw new IllegalArgumentException("the pool has no weight");
        }
        long ticket = ticket(seed, total);
        long running = 0;
        for (Entry e : ordered) {
            running += e.weight();
            if (ticket < running) {
                return new Result(e.agencyId(), ticket, total);
            }
        }
        throw new IllegalStateException("unreachable: ticket " + ticket + " of " + total);
    }

    /**
     * The ticket of step 3 and 4: SHA-256 of the seed's UTF-8 bytes, first 8 bytes unsigned big-endian,
     * modulo {@code totalWeight}. Public so that other reproducible draws (supervision's samples) use
     * the same arithmetic rather than a copy.
     */
    public static long ticket(String seed, long totalWeight) {
        byte[] digest = sha256(seed.getBytes(StandardCharsets.UTF_8));
        BigInteger x = new BigInteger(1, java.util.Arrays.copyOf(digest, 8));
        return x.mod(BigInteger.valueOf(totalWeight)).longValueExact();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
