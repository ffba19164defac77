package gov.bureau.portal.common;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The portal's one auditable weighted draw, shared by the agency draw (engagement, DOMAIN.md §4) and
 * the expert panel draw (experts, §10). Pure: no I/O. Anyone holding a stored record can re-run it:
 * <ol>
 *   <li>Take the pool, each entry with an integer weight, <b>sorted by id ascending</b>.</li>
 *   <li>Let {@code W} be the sum of the weights.</li>
 *   <li>Compute {@code SHA-256} over the UTF-8 bytes of the seed as stored (64 lower-case hex characters);
 *       read its first 8 bytes as an unsigned big-endian integer {@code x}; the ticket is {@code x mod W}.</li>
 *   <li>Walk the pool in order adding up weights; the drawn entry is the first whose running total
 *       exceeds the ticket. An entry of weight {@code w} owns {@code w} of the {@code W} tickets.</li>
 * </ol>
 * Several entries ({@link #pickMany}) are drawn one after the other without replacement: draw {@code i}
 * (from 0) uses the seed itself for {@code i = 0} and {@code seed + "/" + i} after, over the pool less the
 * entries already drawn. The bias of {@code x mod W} is below {@code W / 2^64}, nil for any real pool.
 */
public final class WeightedDraw {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One entry of the pool. */
    public record Entry(long id, int weight) {
    }

    /** One drawn entry and the ticket that chose it. */
    public record Pick(long id, long ticket, long totalWeight) {
    }

    private WeightedDraw() {
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
        sorted.sort(Comparator.comparingLong(Entry::id));
        return sorted;
    }

    /** Draws one entry. */
    public static Pick pick(List<Entry> pool, String seed) {
        List<Entry> ordered = ordered(pool);
        long total = 0;
        for (Entry e : ordered) {
            if (e.weight() < 0) {
                throw new IllegalArgumentException("negative weight for " + e.id());
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
                return new Pick(e.id(), ticket, total);
            }
        }
        throw new IllegalStateException("unreachable: ticket " + ticket + " of " + total);
    }

    /** Draws {@code count} distinct entries, in the order drawn. */
    public static List<Pick> pickMany(List<Entry> pool, String seed, int count) {
        List<Entry> remaining = new ArrayList<>(ordered(pool));
        remaining.removeIf(e -> e.weight() == 0);
        if (count < 1 || count > remaining.size()) {
            throw new IllegalArgumentException("cannot draw " + count + " of " + remaining.size());
        }
        List<Pick> picks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Pick p = pick(remaining, i == 0 ? seed : seed + "/" + i);
            picks.add(p);
            remaining.removeIf(e -> e.id() == p.id());
        }
        return picks;
    }

    public static long ticket(String seed, long totalWeight) {
        byte[] digest = sha256(seed.getBytes(StandardCharsets.UTF_8));
        BigInteger x = new BigInteger(1, Arrays.copyOf(digest, 8));
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
