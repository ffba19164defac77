package gov.bureau.portal.supervision;

import gov.bureau.portal.common.WeightedDraw;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StratifiedSampleTest {

    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");

    /** {@code agencies} agencies with item counts from 1 to {@code maxPerAgency}, skewed so that one agency dominates. */
    private static List<StratifiedSample.Item> population(int agencies, int maxPerAgency, long salt) {
        Random r = new Random(salt);
        List<StratifiedSample.Item> items = new ArrayList<>();
        long subject = 1000 + r.nextInt(1000);
        for (int a = 0; a < agencies; a++) {
            long agency = 10 + a * 7L;
            int count = a == 0 ? maxPerAgency * 5 : 1 + r.nextInt(maxPerAgency);
            for (int i = 0; i < count; i++) {
                subject += 1 + r.nextInt(5);
                items.add(new StratifiedSample.Item(subject, agency));
            }
        }
        Collections.shuffle(items, r);
        return items;
    }

    @Test
    void theSizeFollowsShareAndMinimum() {
        assertThat(StratifiedSample.size(100, TEN_PERCENT, 3)).isEqualTo(10);
        assertThat(StratifiedSample.size(101, TEN_PERCENT, 3)).isEqualTo(11);
        assertThat(StratifiedSample.size(20, TEN_PERCENT, 3)).isEqualTo(3);
        assertThat(StratifiedSample.size(2, TEN_PERCENT, 3)).isEqualTo(2);
        assertThat(StratifiedSample.size(0, TEN_PERCENT, 3)).isZero();
        assertThat(StratifiedSample.size(7, BigDecimal.ONE, 0)).isEqualTo(7);
        assertThatThrownBy(() -> StratifiedSample.size(10, BigDecimal.ZERO, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StratifiedSample.size(10, new BigDecimal("1.01"), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StratifiedSample.size(10, TEN_PERCENT, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overManySeedsEveryStratumIsInTheSampleWhereTheSizeAllowsAndNoItemTwice() {
        for (int run = 0; run < 500; run++) {
            List<StratifiedSample.Item> population = population(3 + run % 20, 1 + run % 9, run);
            String seed = WeightedDraw.newSeed();
            StratifiedSample.Result result = StratifiedSample.draw(population, TEN_PERCENT, 3, seed);
            int n = StratifiedSample.size(population.size(), TEN_PERCENT, 3);
            Set<Long> strata = new HashSet<>();
            population.forEach(i -> strata.add(i.stratum()));
            assertThat(result.sample()).as("seed " + seed).hasSize(n);
            assertThat(result.sample().stream().map(StratifiedSample.Item::subject).distinct().count()).isEqualTo(n);
            assertThat(population).containsAll(result.sample());
            Set<Long> sampledStrata = new HashSet<>();
            result.sample().forEach(i -> sampledStrata.add(i.stratum()));
            if (n >= strata.size()) {
                assertThat(sampledStrata).as("every agency once, seed " + seed).isEqualTo(strata);
            } else {
                assertThat(sampledStrata).as("one item per agency chosen, seed " + seed).hasSize(n);
            }
        }
    }

    @Test
    void theSampleReRunsFromItsRecordInAnyOrderOfThePopulation() {
        for (int run = 0; run < 200; run++) {
            List<StratifiedSample.Item> population = population(8, 6, 1000 + run);
            String seed = WeightedDraw.newSeed();
            StratifiedSample.Result first = StratifiedSample.draw(population, TEN_PERCENT, 3, seed);
            List<StratifiedSample.Item> shuffled = new ArrayList<>(population);
            Collections.shuffle(shuffled, new Random(run));
            assertThat(StratifiedSample.draw(shuffled, TEN_PERCENT, 3, seed).sample()).isEqualTo(first.sample());
        }
    }

    @Test
    void whenTheSampleIsSmallerThanTheAgenciesEachAgencyHasItsChance() {
        // 30 agencies, one of them with 300 items, sample of 3: over many seeds every agency is drawn,
        // about equally (3/30 = 10 % each), the big one no more than the others
        List<StratifiedSample.Item> population = population(30, 4, 7);
        int size = population.size();
        BigDecimal share = new BigDecimal("0.001");
        assertThat(StratifiedSample.size(size, share, 3)).isEqualTo(3);
        Map<Long, Integer> hits = new HashMap<>();
        int runs = 6000;
        for (int run = 0; run < runs; run++) {
            StratifiedSample.draw(population, share, 3, WeightedDraw.newSeed()).sample()
                    .forEach(i -> hits.merge(i.stratum(), 1, Integer::sum));
        }
        assertThat(hits).hasSize(30);
        double expected = runs * 3 / 30.0;
        hits.values().forEach(h -> assertThat((double) h).isBetween(expected * 0.75, expected * 1.25));
    }

    @Test
    void theRestIsDrawnFromEveryItemNotOnlyTheFirstOfEachAgency() {
        List<StratifiedSample.Item> population = population(2, 10, 3);
        Set<Long> seen = new HashSet<>();
        for (int run = 0; run < 2000; run++) {
            StratifiedSample.draw(population, new BigDecimal("0.2"), 0, WeightedDraw.newSeed()).sample()
                    .forEach(i -> seen.add(i.subject()));
        }
        assertThat(seen).hasSize(population.size());
    }

    @Test
    void aKnownSeedGivesAKnownSample() {
        List<StratifiedSample.Item> population = new ArrayList<>();
        for (long s = 1; s <= 40; s++) {
            population.add(new StratifiedSample.Item(s, s % 4));
        }
        String seed = "0".repeat(64);
        List<StratifiedSample.Item> a = StratifiedSample.draw(population, TEN_PERCENT, 3, seed).sample();
        List<StratifiedSample.Item> b = StratifiedSample.draw(population, TEN_PERCENT, 3, seed).sample();
        assertThat(a).isEqualTo(b).hasSize(4);
        assertThat(a.stream().map(StratifiedSample.Item::stratum).distinct()).hasSize(4);
        assertThat(StratifiedSample.draw(population, TEN_PERCENT, 3, "1".repeat(64)).sample()).hasSize(4);
    }

    @Test
    void aSubjectTwiceInThePopulationIsRefused() {
        List<StratifiedSample.Item> population = List.of(new StratifiedSample.Item(1, 1), new StratifiedSample.Item(1, 2));
        assertThatThrownBy(() -> StratifiedSample.draw(population, TEN_PERCENT, 3, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inspectorsAreChosenReproduciblyFromThePoolWithoutRepeats() {
        List<Long> staff = List.of(9L, 3L, 5L, 21L, 8L);
        for (int run = 0; run < 300; run++) {
            String seed = WeightedDraw.newSeed();
            List<Long> team = StratifiedSample.choose(staff, 2, seed, "i:77:");
            assertThat(team).hasSize(2).doesNotHaveDuplicates().isSorted();
            assertThat(staff).containsAll(team);
            assertThat(StratifiedSample.choose(List.of(21L, 8L, 5L, 3L, 9L), 2, seed, "i:77:")).isEqualTo(team);
        }
        assertThat(StratifiedSample.choose(List.of(4L), 2, "s", "i:")).containsExactly(4L);
        assertThat(StratifiedSample.choose(List.of(), 2, "s", "i:")).isEmpty();
    }

    /** Not a timed assertion: prints the time for the README ("Supervision"). */
    @Test
    void aHundredThousandItems() {
        List<StratifiedSample.Item> population = new ArrayList<>();
        Random r = new Random(1);
        for (long s = 1; s <= 100_000; s++) {
            population.add(new StratifiedSample.Item(s, r.nextInt(400)));
        }
        StratifiedSample.draw(population, TEN_PERCENT, 3, WeightedDraw.newSeed());
        long start = System.nanoTime();
        StratifiedSample.Result result = StratifiedSample.draw(population, TEN_PERCENT, 3, WeightedDraw.newSeed());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(result.sample()).hasSize(10_000);
        System.out.println("StratifiedSample: 100000 items, 400 agencies, sample 10000 in " + ms + " ms");
    }
}
