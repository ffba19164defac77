package gov.bureau.portal.integrity;

import gov.bureau.portal.integrity.RelationFinder.Fact;
import gov.bureau.portal.integrity.RelationFinder.Source;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class RelationFinderTest {

    @Test
    void sharedValuesLinkAgenciesWithTheirKindAndGroupsAreConnectedComponents() {
        List<Fact> facts = List.of(
                new Fact(1, Source.LEGAL_REPRESENTATIVE, "320102198005121234", "甲 法定代表人"),
                new Fact(2, Source.LEGAL_REPRESENTATIVE, "320102198005121234 ", "乙 法定代表人"),
                new Fact(2, Source.PHONE, "025-83456789", "乙 电话"),
                new Fact(3, Source.PHONE, "(025) 8345 6789", "丙 电话"),
                new Fact(4, Source.LEAD_EVALUATOR, "11010119900101123x", "丁 主评人"),
                new Fact(5, Source.LEGAL_REPRESENTATIVE, "11010119900101123X", "戊 法定代表人"),
                new Fact(6, Source.EMAIL, "a@qq.com", "己"),
                new Fact(7, Source.EMAIL, "b@qq.com", "庚"),
                new Fact(8, Source.EMAIL, "x@own-firm.cn", "辛"),
                new Fact(9, Source.EMAIL, "y@OWN-FIRM.cn", "壬"),
                new Fact(10, Source.EMAIL, "c@example.cn", "test"),
                new Fact(11, Source.EMAIL, "d@example.cn", "test"),
                new Fact(12, Source.ADDRESS, "南京市鼓楼区中山北路 100 号", "癸"),
                new Fact(13, Source.ADDRESS, "南京市鼓楼区中山北路100号", "子"));
        List<RelationFinder.Link> links = RelationFinder.links(facts);
        assertThat(links).extracting(l -> l.low() + "-" + l.high() + ":" + l.kind()).containsExactly(
                "1-2:LEGAL_REPRESENTATIVE", "2-3:PHONE", "4-5:PRACTITIONER", "8-9:EMAIL_DOMAIN", "12-13:ADDRESS");
        assertThat(links.get(0).evidence()).isEqualTo("甲 法定代表人 = 乙 法定代表人");
        assertThat(links.get(0).matchKey()).hasSize(64).doesNotContain("3201");
        List<TreeSet<Long>> groups = RelationFinder.components(links.stream().map(l -> new long[]{l.low(), l.high()}).toList());
        assertThat(groups).extracting(List::copyOf).containsExactly(List.of(1L, 2L, 3L), List.of(4L, 5L), List.of(8L, 9L), List.of(12L, 13L));
        assertThat(RelationFinder.mask("320102198005121234")).isEqualTo("3201**********1234");
    }

    @Test
    void aSharedShareholderOrAnAgencyHoldingAnotherLinksThemAsShareholder() {
        List<Fact> facts = List.of(
                new Fact(1, Source.SHAREHOLDER, "320102198005121234", "甲 股东 张"),
                new Fact(2, Source.SHAREHOLDER, "320102198005121234", "乙 股东 张"),
                new Fact(3, Source.LEGAL_REPRESENTATIVE, "320102198005121234", "丙 法定代表人 张"), // the holder leads another agency
                new Fact(4, Source.AGENCY, "91320100MA1MXXXX4Y", "丁 统一社会信用代码"),
                new Fact(5, Source.SHAREHOLDER, "91320100ma1mxxxx4y", "戊 股东 丁"), // 丁 holds 戊
                new Fact(6, Source.AGENCY, "91320100MA1MZZZZ4Y", "己 统一社会信用代码"));
        List<RelationFinder.Link> links = RelationFinder.links(facts);
        assertThat(links).extracting(l -> l.low() + "-" + l.high() + ":" + l.kind()).containsExactly(
                "1-2:SHAREHOLDER", "1-3:SHAREHOLDER", "4-5:SHAREHOLDER");
        assertThat(links.get(2).evidence()).isEqualTo("丁 统一社会信用代码 = 戊 股东 丁");
    }

    @Test
    void oneValueHeldByManyAgenciesGivesAStarNotEveryPair() {
        List<Fact> facts = new ArrayList<>();
        for (long id = 1; id <= 50; id++) {
            facts.add(new Fact(id, Source.PRACTITIONER, "320102198005121234", "x"));
        }
        List<RelationFinder.Link> links = RelationFinder.links(facts);
        assertThat(links).hasSize(49).allSatisfy(l -> assertThat(l.low()).isEqualTo(1));
        assertThat(RelationFinder.components(links.stream().map(l -> new long[]{l.low(), l.high()}).toList())).singleElement()
                .satisfies(g -> assertThat(g).hasSize(50));
    }

    @Test
    void theLinksOfSomeValuesAreThoseOfAllTheLinksThatCarryTheirMatchKeys() {
        for (long seed = 1; seed <= 5; seed++) {
            Random random = new Random(seed);
            List<Fact> facts = new ArrayList<>();
            Source[] sources = Source.values();
            for (int i = 0; i < 300; i++) {
                Source source = sources[random.nextInt(sources.length)];
                String value = switch (source) {
                    case PHONE -> "025-8" + (1_000_000 + random.nextInt(30));
                    case EMAIL -> "x@firm" + random.nextInt(20) + ".cn";
                    case ADDRESS -> "南京市某区某路 " + random.nextInt(20) + " 号";
                    default -> "ID" + random.nextInt(40);
                };
                facts.add(new Fact(1 + random.nextInt(60), source, value, "f" + i));
            }
            List<RelationFinder.Link> all = RelationFinder.links(facts);
            java.util.Map<Long, java.util.Set<String>> keys = RelationFinder.matchKeys(facts);
            // the values of a few agencies: what an approval of those recomputes
            java.util.Set<String> only = new java.util.HashSet<>();
            for (long id = 1; id <= 60; id += 7) {
                only.addAll(keys.getOrDefault(id, java.util.Set.of()));
            }
            assertThat(RelationFinder.links(facts, only)).as("seed %d", seed)
                    .isEqualTo(all.stream().filter(l -> only.contains(l.matchKey())).toList());
            assertThat(all).allSatisfy(l -> assertThat(keys.get(l.low())).contains(l.matchKey()))
                    .allSatisfy(l -> assertThat(keys.get(l.high())).contains(l.matchKey()));
        }
    }

    /** The note's figure: groups of 10,000 agencies with 100,000 practitioners (pure part, without the database read). */
    @Test
    void tenThousandAgenciesAndAHundredThousandPractitionersTakeWellUnderASecond() {
        Random random = new Random(16);
        List<Fact> facts = new ArrayList<>();
        for (long id = 1; id <= 10_000; id++) {
            facts.add(new Fact(id, Source.LEGAL_REPRESENTATIVE, "LR" + id, "a"));
            facts.add(new Fact(id, Source.PHONE, "0258" + (1_000_000 + id), "a"));
            facts.add(new Fact(id, Source.EMAIL, "m@firm" + id + ".cn", "a"));
            facts.add(new Fact(id, Source.ADDRESS, "南京市某区某路 " + id + " 号", "a"));
        }
        for (int i = 0; i < 100_000; i++) {
            long agency = 1 + i % 10_000;
            // 1 % of the practitioners are listed by a second, random agency
            String id = "ID" + (i % 100 == 0 ? "shared" + (i / 100) : String.valueOf(i));
            facts.add(new Fact(agency, i % 5 == 0 ? Source.LEAD_EVALUATOR : Source.PRACTITIONER, id, "p"));
            if (i % 100 == 0) {
                facts.add(new Fact(1 + random.nextInt(10_000), Source.PRACTITIONER, id, "p"));
            }
        }
        long best = Long.MAX_VALUE;
        int groups = 0;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            List<RelationFinder.Link> links = RelationFinder.links(facts);
            groups = RelationFinder.components(links.stream().map(l -> new long[]{l.low(), l.high()}).toList()).size();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("relations: %d facts, %d groups in %d ms%n", facts.size(), groups, best / 1_000_000);
        assertThat(groups).isPositive();
        assertThat(best / 1_000_000).isLessThan(5_000);
    }
}
