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
 * <p><b>Related agencies</b> (DOMAIN.md §12): entries carrying the same {@code group} (the smallest
 * agency id of the related group) stand as <b>one</b> entrant. In steps 2 and 5 a group counts once,
 * placed at its smallest agency id, with the weight of its best member (the highest weight among its
 * entries). When the ticket falls on a group, a second ticket {@code s = y mod V} picks the member, where
 * {@code y} is bytes 9 to 16 of the same digest (unsigned big-endian) and {@code V} the sum of the
 * members' own weights, walking the members by agency id ascending. The group as a whole thus has the
 * chance of one agency; a record without groups draws exactly as before.
 */
public final class Draw {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One agency of the pool and its weight. */
    @Serdeable
    public record Entry(long agencyId, String grade, int weight, @io.micronaut.core.annotation.Nullable Long group) {

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
        java.util.LinkedHashMap<Long, List<Entry>> entrants = new java.util.LinkedHashMap<>();
        for (Entry e : ordered) {
            if (e.weight() < 0) {
                throw new IllegalArgumentException("negative weight for agency " + e.agencyId());
            }
            entrants.computeIfAbsent(e.entrant(), k -> new ArrayList<>()).add(e);
        }
        long total = 0;
        for (List<Entry> members : entrants.values()) {
            total += weightOf(members);
        }
        if (total <= 0) {
            throw new IllegalArgumentException("the pool has no weight");
        }
        byte[] digest = sha256(seed.getBytes(StandardCharsets.UTF_8));
        long ticket = part(digest, 0, total);
        long running = 0;
        for (List<Entry> members : entrants.values()) {
            running += weightOf(members);
            if (ticket < running) {
                return new Result(member(members, digest), ticket, total);
            }
        }
        throw new IllegalStateException("unreachable: ticket " + ticket + " of " + total);
    }

    /** An entrant's one weight: its own, or for a group the highest among its members. */
    static int weightOf(List<Entry> members) {
        return members.stream().mapToInt(Entry::weight).max().orElse(0);
    }

    private static long member(List<Entry> members, byte[] digest) {
        if (members.size() == 1) {
            return members.get(0).agencyId();
        }
        long sum = members.stream().mapToLong(Entry::weight).sum();
        if (sum <= 0) {
            return members.get(0).agencyId();
        }
        long second = part(digest, 8, sum);
        long running = 0;
        for (Entry e : members) {
            running += e.weight();
            if (second < running) {
                return e.agencyId();
            }
        }
        throw new IllegalStateException("unreachable: member ticket " + second + " of " + sum);
    }

    private static long part(byte[] digest, int from, long modulus) {
        BigInteger x = new BigInteger(1, java.util.Arrays.copyOfRange(digest, from, from + 8));
        return x.mod(BigInteger.valueOf(modulus)).longValueExact();
    }

    static long ticket(String seed, long totalWeight) {
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
