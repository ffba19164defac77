package gov.bureau.portal.experts;

import gov.bureau.portal.common.WeightedDraw;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The panel draw, pure: exclusions with reasons, weights from ratings, reproducible draws whose frequencies follow the weights. */
class PanelDrawTest {

    private static final PanelDrawRules.Settings DEFAULTS = new PanelDrawRules().defaults();

    private static PanelDraw.Candidate active(long id, String employer) {
        return new PanelDraw.Candidate(id, ExpertStatus.ACTIVE, employer, 0, 0, 0);
    }

    private static PanelDraw.Context context() {
        return new PanelDraw.Context("甲咨询公司", List.of("乙局"), List.of("某区教育局", "某区财政局"), Set.of(), Set.of());
    }

    @Test
    void everyExclusionCarriesItsReasonAndThePoolIsSortedById() {
        List<PanelDraw.Candidate> candidates = List.of(
                active(9, "某大学"),
                new PanelDraw.Candidate(2, ExpertStatus.PAUSED, "某大学", 0, 0, 0),
                new PanelDraw.Candidate(3, ExpertStatus.REMOVED, "某大学", 0, 0, 0),
                active(4, " 甲咨询公司 "),
                active(5, "某区教育局"),
                active(6, "乙局"),
                new PanelDraw.Candidate(7, ExpertStatus.ACTIVE, "某研究院", 0, 0, 4),
                new PanelDraw.Candidate(8, ExpertStatus.ACTIVE, "某研究院", 0, 0, 3),
                new PanelDraw.Candidate(10, ExpertStatus.SUBMITTED, "某大学", 0, 0, 0),
                active(11, "某大学"),
                active(12, "某大学"),
                active(1, "某会计师事务所"));
        PanelDraw.Outcome o = PanelDraw.assess(candidates, new PanelDraw.Context("甲咨询公司", List.of("乙局"),
                List.of("某区教育局"), Set.of(11L), Set.of(12L)), DEFAULTS);
        assertThat(o.pool()).extracting(PanelDraw.Entry::expertId).containsExactly(1L, 8L, 9L);
        assertThat(o.excluded()).extracting(x -> x.expertId() + ":" + x.reason()).containsExactly(
                "2:PAUSED", "3:REMOVED", "4:EMPLOYED_BY_AGENCY", "5:EMPLOYED_BY_EVALUATED_UNIT", "6:AGENCY_RELATIONSHIP",
                "7:ROTATION_LIMIT", "11:DECLINED", "12:MEMBER");
        assertThat(o.excluded().get(5).detail()).isEqualTo("4");
    }

    @Test
    void withoutASelectedAgencyOnlyTheUnitsAndStatusesExclude() {
        PanelDraw.Outcome o = PanelDraw.assess(List.of(active(1, "甲咨询公司"), new PanelDraw.Candidate(2, ExpertStatus.ACTIVE, "x", 0, 0, 9),
                active(3, "某区财政局")), new PanelDraw.Context(null, List.of(), List.of("某区财政局"), Set.of(), Set.of()), DEFAULTS);
        assertThat(o.pool()).extracting(PanelDraw.Entry::expertId).containsExactly(1L, 2L);
        assertThat(o.excluded()).extracting(PanelDraw.Exclusion::reason).containsExactly("EMPLOYED_BY_EVALUATED_UNIT");
    }

    @Test
    void weightsAreEqualUntilTheMinimumRatingsThenTheRoundedAverage() {
        assertThat(PanelDraw.weight(0, 0, DEFAULTS)).isEqualTo(3);
        assertThat(PanelDraw.weight(2, 4, DEFAULTS)).as("two ratings of 1 and 1: still unrated").isEqualTo(3);
        assertThat(PanelDraw.weight(3, 6, DEFAULTS)).as("average 1").isEqualTo(1);
        assertThat(PanelDraw.weight(3, 30, DEFAULTS)).as("average 5").isEqualTo(5);
        assertThat(PanelDraw.weight(4, 28, DEFAULTS)).as("average 3.5 rounds half up").isEqualTo(4);
        assertThat(PanelDraw.weight(4, 26, DEFAULTS)).as("average 3.25").isEqualTo(3);
    }

    @Test
    void aDrawReRunsFromItsRecordWhateverTheInputOrder() {
        List<PanelDraw.Entry> pool = new ArrayList<>();
        for (long id = 1; id <= 40; id++) {
            pool.add(new PanelDraw.Entry(id * 7, (int) (id % 5) + 1, 0));
        }
        for (int i = 0; i < 200; i++) {
            String seed = WeightedDraw.newSeed();
            List<PanelDraw.Drawn> first = PanelDraw.run(pool, seed, 5);
            List<PanelDraw.Entry> shuffled = new ArrayList<>(pool);
            Collections.shuffle(shuffled);
            assertThat(PanelDraw.run(shuffled, seed, 5)).isEqualTo(first);
            assertThat(new HashSet<>(first.stream().map(PanelDraw.Drawn::expertId).toList())).as("distinct members").hasSize(5);
        }
    }

    @Test
    void theFirstMemberIsTheAgencyDrawOfTheSameSeed() {
        List<PanelDraw.Entry> pool = List.of(new PanelDraw.Entry(11, 3, 0), new PanelDraw.Entry(12, 2, 0), new PanelDraw.Entry(13, 1, 0));
        for (int i = 0; i < 100; i++) {
            String seed = WeightedDraw.newSeed();
            var agencyDraw = gov.bureau.portal.engagement.Draw.run(List.of(new gov.bureau.portal.engagement.Draw.Entry(11, "A", 3),
                    new gov.bureau.portal.engagement.Draw.Entry(12, "B", 2), new gov.bureau.portal.engagement.Draw.Entry(13, "C", 1)), seed);
            assertThat(PanelDraw.run(pool, seed, 1).get(0).expertId()).isEqualTo(agencyDraw.agencyId());
        }
    }

    @Test
    void overManySeedsTheFirstSeatFollowsTheWeights() {
        List<PanelDraw.Entry> pool = List.of(new PanelDraw.Entry(1, 5, 3), new PanelDraw.Entry(2, 3, 0), new PanelDraw.Entry(3, 1, 3),
                new PanelDraw.Entry(4, 3, 0));
        int runs = 48_000;
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i < runs; i++) {
            counts.merge(PanelDraw.run(pool, WeightedDraw.newSeed(), 1).get(0).expertId(), 1, Integer::sum);
        }
        // total weight 12; a share's standard deviation over 48,000 draws is at most 0.0023
        assertThat(counts.get(1L) / (double) runs).isCloseTo(5 / 12.0, within(0.015));
        assertThat(counts.get(2L) / (double) runs).isCloseTo(3 / 12.0, within(0.015));
        assertThat(counts.get(3L) / (double) runs).isCloseTo(1 / 12.0, within(0.015));
        assertThat(counts.get(4L) / (double) runs).isCloseTo(3 / 12.0, within(0.015));
    }

    @Test
    void overManySeedsPanelsOfThreeSeatHeavierExpertsMoreOften() {
        List<PanelDraw.Entry> pool = new ArrayList<>();
        for (long id = 1; id <= 10; id++) {
            pool.add(new PanelDraw.Entry(id, id <= 5 ? 1 : 5, 0));
        }
        int runs = 20_000;
        Map<Long, Integer> seats = new HashMap<>();
        for (int i = 0; i < runs; i++) {
            PanelDraw.run(pool, WeightedDraw.newSeed(), 3).forEach(d -> seats.merge(d.expertId(), 1, Integer::sum));
        }
        int light = 0;
        int heavy = 0;
        for (long id = 1; id <= 10; id++) {
            if (id <= 5) {
                light += seats.getOrDefault(id, 0);
            } else {
                heavy += seats.getOrDefault(id, 0);
            }
        }
        assertThat(light + heavy).isEqualTo(3 * runs);
        // every expert sits; the five of weight 5 take far more seats than the five of weight 1 (about 0.808 of them, drawn without replacement)
        assertThat(seats).hasSize(10);
        assertThat(heavy / (double) (3 * runs)).isCloseTo(0.808, within(0.02));
        // within one weight the seats are even
        for (long id = 7; id <= 10; id++) {
            assertThat(seats.get(id) / (double) seats.get(6L)).isCloseTo(1.0, within(0.06));
        }
    }

    @Test
    void aPanelLargerThanThePoolIsRefused() {
        List<PanelDraw.Entry> pool = List.of(new PanelDraw.Entry(1, 1, 0), new PanelDraw.Entry(2, 1, 0));
        assertThatThrownBy(() -> PanelDraw.run(pool, WeightedDraw.newSeed(), 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
