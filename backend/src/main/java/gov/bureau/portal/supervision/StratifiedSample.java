package gov.bureau.portal.supervision;

import gov.bureau.portal.common.WeightedDraw;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reproducible sample of an inspection (抽查, DOMAIN.md §11), stratified by agency, so that every
 * agency with work in the population has a chance and, where the size allows, at least one item.
 * Anyone holding the stored record (seed, population, share, minimum) can re-run it:
 * <ol>
 *   <li>The population: items {@code (subject, stratum)} (an engagement and its agency, or an agency
 *       and itself), <b>sorted by subject ascending</b>; a subject appears once. {@code N} items,
 *       {@code S} distinct strata.</li>
 *   <li>The size {@code n = min(N, max(minimum, ceil(share × N)))}.</li>
 *   <li>Every random choice is a ticket of the engagement draw ({@link WeightedDraw#ticket}): SHA-256 of
 *       {@code seed + ":" + label}, first 8 bytes, modulo the number of candidates.</li>
 *   <li>Strata: if {@code n ≥ S} every stratum is chosen; otherwise {@code n} strata are chosen from
 *       the strata sorted ascending by a partial Fisher–Yates shuffle: for {@code k = 0 … n−1},
 *       {@code j = k + ticket("s:" + k, S − k)}, swap positions {@code k} and {@code j}; the first
 *       {@code n} positions are chosen. Every stratum thus has the same chance.</li>
 *   <li>One item of each chosen stratum: its items sorted by subject, the one at
 *       {@code ticket("a:" + stratum, size)}.</li>
 *   <li>The rest, {@code n} minus the strata chosen: from the items not yet taken, sorted by subject,
 *       by the same partial shuffle with labels {@code "r:" + k}.</li>
 *   <li>The sample is the taken subjects sorted ascending; no subject is taken twice.</li>
 * </ol>
 * For 100,000 items this is a sort and at most {@code n} hashes (README "Supervision" gives the time).
 */
public final class StratifiedSample {

    /** One member of the population: the subject sampled and the stratum (the agency) it belongs to. */
    @Serdeable
    public record Item(long subject, long stratum) {
    }

    /** The sample and the size asked for. */
    public record Result(List<Item> sample, int size, int strata) {
    }

    private StratifiedSample() {
    }

    /** {@code min(N, max(minimum, ceil(share × N)))}; share in (0, 1], minimum ≥ 0. */
    public static int size(int population, BigDecimal share, int minimum) {
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0 || minimum < 0) {
            throw new IllegalArgumentException("share must lie in (0, 1] and minimum must not be negative");
        }
        int byShare = share.multiply(BigDecimal.valueOf(population)).setScale(0, RoundingMode.CEILING).intValueExact();
        return Math.min(population, Math.max(minimum, byShare));
    }

    public static Result draw(List<Item> population, BigDecimal share, int minimum, String seed) {
        Item[] items = population.toArray(new Item[0]);
        Arrays.sort(items, Comparator.comparingLong(Item::subject));
        for (int i = 1; i < items.length; i++) {
            if (items[i].subject() == items[i - 1].subject()) {
                throw new IllegalArgumentException("subject " + items[i].subject() + " appears twice");
            }
        }
        int n = size(items.length, share, minimum);
        Map<Long, List<Item>> byStratum = new TreeMap<>();
        for (Item item : items) {
            byStratum.computeIfAbsent(item.stratum(), s -> new ArrayList<>()).add(item);
        }
        long[] strata = byStratum.keySet().stream().mapToLong(Long::longValue).toArray();
        int chosenStrata = Math.min(n, strata.length);
        shuffleFirst(strata, chosenStrata, seed, "s:");
        long[] chosen = Arrays.copyOf(strata, chosenStrata);
        Arrays.sort(chosen);
        Map<Long, Item> taken = new LinkedHashMap<>();
        for (long stratum : chosen) {
            List<Item> members = byStratum.get(stratum);
            Item pick = members.get((int) WeightedDraw.ticket(seed + ":a:" + stratum, members.size()));
            taken.put(pick.subject(), pick);
        }
        int rest = n - taken.size();
        if (rest > 0) {
            List<Item> left = new ArrayList<>(items.length - taken.size());
            for (Item item : items) {
                if (!taken.containsKey(item.subject())) {
                    left.add(item);
                }
            }
            Item[] pool = left.toArray(new Item[0]);
            shuffleFirst(pool, rest, seed, "r:");
            for (int k = 0; k < rest; k++) {
                taken.put(pool[k].subject(), pool[k]);
            }
        }
        List<Item> sample = new ArrayList<>(taken.values());
        sample.sort(Comparator.comparingLong(Item::subject));
        return new Result(List.copyOf(sample), n, strata.length);
    }

    /**
     * {@code count} of the candidates (sorted ascending first) by the same partial shuffle with labels
     * {@code label + k}, answered sorted; all of them if there are not more. The inspectors of an item.
     */
    public static List<Long> choose(List<Long> candidates, int count, String seed, String label) {
        long[] values = candidates.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        int take = Math.min(count, values.length);
        shuffleFirst(values, take, seed, label);
        return Arrays.stream(Arrays.copyOf(values, take)).sorted().boxed().toList();
    }

    private static void shuffleFirst(long[] values, int count, String seed, String label) {
        for (int k = 0; k < count && k < values.length; k++) {
            int j = k + (int) WeightedDraw.ticket(seed + ":" + label + k, values.length - k);
            long t = values[k];
            values[k] = values[j];
            values[j] = t;
        }
    }

    private static <T> void shuffleFirst(T[] values, int count, String seed, String label) {
        for (int k = 0; k < count && k < values.length; k++) {
            int j = k + (int) WeightedDraw.ticket(seed + ":" + label + k, values.length - k);
            T t = values[k];
            values[k] = values[j];
            values[j] = t;
        }
    }
}
