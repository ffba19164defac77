package gov.bureau.portal.engagement;

import gov.bureau.portal.engagement.EngagementFixtures.Agency;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The recorded draw, its verification, exclusions, declines and redraws; procurement results. */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class SelectionApiTest extends IntegrationTest {

    private EngagementFixtures f;

    @BeforeAll
    void setUp() {
        f = new EngagementFixtures(api, unique("sel"));
    }

    private String path(long id, String rest) {
        return "/api/engagements/" + id + rest;
    }

    private static long asLong(Object o) {
        return ((Number) o).longValue();
    }

    @Test
    void aDrawIsRecordedWithItsExclusionsAndReproducedFromTheRecord() {
        String unit = unique("某区水务局");
        String commissioner = unique("某市财政局");
        Agency a = EngagementFixtures.approvedAgency(unique("抽取甲"));
        Agency b = EngagementFixtures.approvedAgency(unique("抽取乙"));
        Agency c = EngagementFixtures.approvedAgency(unique("抽取丙"));
        Agency conflicted = EngagementFixtures.approvedAgency(unique("有利害关系"), unit);
        Agency conflictedWithCommissioner = EngagementFixtures.approvedAgency(unique("与委托方有关"), commissioner);
        Response created = api.post(f.staff(), "/api/engagements", f.form(unique("随机抽取"), commissioner, unit));
        long id = created.id();

        Response draw = api.post(f.staff(), path(id, "/selection"), Map.of("method", "DRAW"));
        assertThat(draw.status()).as(draw.toString()).isEqualTo(200);
        assertThat((String) draw.get("seed")).matches("[0-9a-f]{64}");
        List<Long> eligible = ((List<Object>) draw.get("eligible")).stream().map(SelectionApiTest::asLong).toList();
        assertThat(eligible).contains(a.id(), b.id(), c.id()).doesNotContain(conflicted.id(), conflictedWithCommissioner.id());
        assertThat(eligible).isSorted();
        List<Map<String, Object>> excluded = (List<Map<String, Object>>) draw.get("excluded");
        assertThat(excluded).filteredOn(x -> asLong(x.get("agencyId")) == conflicted.id())
                .singleElement().satisfies(x -> {
                    assertThat(x.get("reason")).isEqualTo("INTEREST_RELATIONSHIP");
                    assertThat(x.get("detail")).isEqualTo(unit);
                });
        assertThat(excluded).filteredOn(x -> asLong(x.get("agencyId")) == conflictedWithCommissioner.id())
                .singleElement().satisfies(x -> assertThat(x.get("detail")).isEqualTo(commissioner));
        long selected = asLong(draw.get("selectedAgencyId"));
        assertThat(eligible).contains(selected);
        // weights by credit grade (default A 3, B 2, C 1); other tests' agencies in the shared database have other grades
        Map<String, Integer> weights = Map.of("A", 3, "B", 2, "C", 1);
        assertThat((List<Map<String, Object>>) draw.get("pool")).allSatisfy(p -> assertThat(p.get("weight")).isEqualTo(weights.get(p.get("grade"))));
        assertThat((List<Map<String, Object>>) draw.get("pool")).filteredOn(p -> List.of(a.id(), b.id(), c.id()).contains(asLong(p.get("agencyId"))))
                .hasSize(3).allSatisfy(p -> assertThat(p.get("weight")).isEqualTo(2));
        assertThat(asLong(f.get(id).get("agencyId"))).isEqualTo(selected);

        Response verification = api.get(f.staff(), path(id, "/selection/verification"));
        assertThat(verification.get("reproduced")).isEqualTo(true);
        assertThat(asLong(verification.get("recomputedAgencyId"))).isEqualTo(selected);

        // the agency drawn declines: recorded, and the next draw leaves it out
        String drawnToken = f.agencyToken(selected);
        Response noReason = api.post(drawnToken, path(id, "/confirmation"), Map.of("accept", false));
        assertThat(noReason.status()).isEqualTo(422);
        Response declined = api.post(drawnToken, path(id, "/confirmation"), Map.of("accept", false, "reason", "人手不足"));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.get("status")).isEqualTo("DECLINED");
        assertThat(f.state(id)).isEqualTo("CREATED");
        assertThat(api.get(drawnToken, path(id, "")).status()).isEqualTo(404);

        Response redraw = api.post(f.staff(), path(id, "/selection"), Map.of("method", "DRAW"));
        assertThat(redraw.get("round")).isEqualTo(2);
        assertThat(((List<Object>) redraw.get("eligible")).stream().map(SelectionApiTest::asLong).toList()).doesNotContain(selected);
        assertThat((List<Map<String, Object>>) redraw.get("excluded")).filteredOn(x -> asLong(x.get("agencyId")) == selected)
                .singleElement().satisfies(x -> assertThat(x.get("reason")).isEqualTo("DECLINED"));
        assertThat(asLong(redraw.get("selectedAgencyId"))).isNotEqualTo(selected);
        assertThat(api.get(f.staff(), path(id, "/selections")).list()).hasSize(2);
        assertThat(api.get(f.staff(), path(id, "/selection/verification")).get("reproduced")).isEqualTo(true);

        // a tampered record no longer reproduces
        try (Connection conn = TestDatabase.connect();
             PreparedStatement s = conn.prepareStatement("UPDATE engagement_selection SET seed = ? WHERE engagement_id = ? AND round = 2")) {
            s.setString(1, findSeedThatChangesTheResult(id));
            s.setLong(2, id);
            s.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(api.get(f.staff(), path(id, "/selection/verification")).get("reproduced")).isEqualTo(false);
    }

    /** A seed that draws another agency than the recorded one from the stored pool. */
    private String findSeedThatChangesTheResult(long id) {
        Map<String, Object> s = (Map<String, Object>) api.get(f.staff(), path(id, "/selections")).list().get(1);
        List<Draw.Entry> pool = ((List<Map<String, Object>>) s.get("pool")).stream()
                .map(p -> new Draw.Entry(asLong(p.get("agencyId")), (String) p.get("grade"), ((Number) p.get("weight")).intValue())).toList();
        long recorded = asLong(s.get("selectedAgencyId"));
        String seed = Draw.newSeed();
        while (Draw.run(pool, seed).agencyId() == recorded) {
            seed = Draw.newSeed();
        }
        return seed;
    }

    @Test
    void aDrawNeedsEnoughEligibleAgenciesOrSaysHowManyThereAre() {
        long id = f.create(unique("不足"));
        Response current = api.get(f.admin(), "/api/rules/engagement.eligibility");
        Map<String, Object> original = (Map<String, Object>) current.get("content");
        try {
            Map<String, Object> strict = new java.util.HashMap<>(original);
            strict.put("minimumGrade", "A");
            Response published = api.put(f.admin(), "/api/rules/engagement.eligibility", Map.of("content", strict, "reason", "测试：只允许 A 级"));
            assertThat(published.status()).as(published.toString()).isEqualTo(200);
            Response refused = api.post(f.staff(), path(id, "/selection"), Map.of("method", "DRAW"));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.errorFields()).containsExactly("method");
            assertThat(refused.fieldErrors().get(0).get("message")).asString().contains("随机抽取至少需要 3 家");
            assertThat(f.state(id)).isEqualTo("CREATED");
            assertThat(api.get(f.staff(), path(id, "/selections")).list()).isEmpty();
        } finally {
            api.put(f.admin(), "/api/rules/engagement.eligibility", Map.of("content", original, "reason", "测试结束，恢复"));
        }
    }

    @Test
    void aSuspendedAgencyIsListedAmongTheExclusionsWithItsReason() {
        for (String name : List.of("暂停旁甲", "暂停旁乙", "暂停旁丙")) {
            EngagementFixtures.approvedAgency(unique(name));
        }
        Agency suspended = EngagementFixtures.approvedAgency(unique("暂停机构"));
        Response suspension = api.post(f.staff(), "/api/agencies/" + suspended.id() + "/suspension", Map.of("reason", "执业质量检查发现问题"));
        assertThat(suspension.get("status")).as(suspension.toString()).isEqualTo("SUSPENDED");
        long id = f.create(unique("暂停"));

        Response eligibility = api.get(f.staff(), path(id, "/eligibility"));
        assertThat(eligibility.status()).as(eligibility.toString()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) eligibility.get("eligible")).extracting(x -> asLong(x.get("agencyId")))
                .doesNotContain(suspended.id());
        assertThat((List<Map<String, Object>>) eligibility.get("excluded")).filteredOn(x -> asLong(x.get("agencyId")) == suspended.id())
                .singleElement().satisfies(x -> {
                    assertThat(x.get("reason")).isEqualTo("SUSPENDED");
                    assertThat(x.get("agencyName")).isEqualTo(suspended.name());
                });

        Response merit = api.post(f.staff(), path(id, "/selection"), Map.of("method", "MERIT", "agencyId", suspended.id(), "justification", "x"));
        assertThat(merit.status()).isEqualTo(422);
        assertThat(merit.fieldErrors().get(0).get("message")).asString().contains("暂停");
        Response draw = api.post(f.staff(), path(id, "/selection"), Map.of("method", "DRAW"));
        assertThat(draw.status()).as(draw.toString()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) draw.get("excluded")).filteredOn(x -> asLong(x.get("agencyId")) == suspended.id())
                .singleElement().satisfies(x -> assertThat(x.get("reason")).isEqualTo("SUSPENDED"));
    }

    @Test
    void meritAndProcurementRefuseAnAgencyThatMustRecuse() {
        String unit = unique("某区交通局");
        Agency conflicted = EngagementFixtures.approvedAgency(unique("回避机构"), unit);
        Response created = api.post(f.staff(), "/api/engagements", f.form(unique("回避"), "某市财政局", unit));
        long id = created.id();
        Response merit = api.post(f.staff(), path(id, "/selection"), Map.of("method", "MERIT", "agencyId", conflicted.id(), "justification", "x"));
        assertThat(merit.status()).isEqualTo(422);
        assertThat(merit.errorFields()).containsExactly("agencyId");
        assertThat(merit.fieldErrors().get(0).get("message")).asString().contains("回避");
        Response procurement = api.post(f.staff(), path(id, "/selection"), Map.of("method", "PROCUREMENT", "agencyId", conflicted.id(),
                "procurementMethod", "PUBLIC_TENDER", "procurementReference", "CG-2026-001", "procurementDate", LocalDate.now().toString(),
                "justification", "低价理由"));
        assertThat(procurement.status()).isEqualTo(422);
        assertThat(procurement.errorFields()).containsExactly("agencyId");
        Response incomplete = api.post(f.staff(), path(id, "/selection"), Map.of("method", "PROCUREMENT", "justification", "低价理由"));
        assertThat(incomplete.errorFields()).containsExactlyInAnyOrder("agencyId", "procurementMethod", "procurementReference", "procurementDate");
        assertThat(f.state(id)).isEqualTo("CREATED");

        Agency winner = EngagementFixtures.approvedAgency(unique("中标机构"));
        long evidence = f.upload(f.staff(), id, "PROCUREMENT", EngagementFixtures.pdf("中标通知书"), "中标通知书.pdf");
        Response won = api.post(f.staff(), path(id, "/selection"), Map.of("method", "PROCUREMENT", "agencyId", winner.id(),
                "procurementMethod", "COMPETITIVE_CONSULTATION", "procurementReference", "CG-2026-002",
                "procurementDate", LocalDate.now().toString(), "documentId", evidence,
                "justification", "低于限价六成：磋商报价已核实")); // the fixtures' fee is below 60 % of its cap (LowFeeApiTest)
        assertThat(won.status()).as(won.toString()).isEqualTo(200);
        assertThat(won.get("procurementReference")).isEqualTo("CG-2026-002");
        assertThat(asLong(won.get("procurementDocumentId"))).isEqualTo(evidence);
        assertThat(api.get(f.staff(), path(id, "/selection/verification")).code()).isEqualTo("NO_DRAW");
    }
}
