package gov.bureau.portal.credit;

import gov.bureau.portal.engagement.EngagementFixtures;
import gov.bureau.portal.engagement.EngagementFixtures.Agency;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The credit record decides who may be chosen: a blacklisted agency cannot be chosen by any method; a repaired one can. */
@MicronautTest(transactional = false)
class BlacklistSelectionTest extends IntegrationTest {

    private EngagementFixtures f;

    @BeforeAll
    void fixtures() {
        f = new EngagementFixtures(api, unique("bls"));
    }

    @Test
    void aBlacklistedAgencyIsNotChosenAndCreditRepairMakesItEligibleAgain() {
        Agency listed = EngagementFixtures.approvedAgency(unique("黑名单机构"));
        assertThat(api.post(f.admin(), "/api/agencies/" + listed.id() + "/blacklist", Map.of("reason", "出具虚假报告",
                "fileIds", java.util.List.of(CreditFixtures.evidenceFile(api, f.admin())))).status()).isEqualTo(200);

        long merit = f.create(unique("择优"));
        Response refused = api.post(f.staff(), "/api/engagements/" + merit + "/selection",
                Map.of("method", "MERIT", "agencyId", listed.id(), "justification", "业绩突出"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("agencyId");
        assertThat(refused.fieldErrors().get(0).get("message")).asString().contains("黑名单");
        assertThat(f.state(merit)).isEqualTo("CREATED");

        long draw = f.create(unique("抽取"));
        for (int i = 0; i < 3; i++) {
            EngagementFixtures.approvedAgency(unique("候选"));
        }
        Response drawn = api.post(f.staff(), "/api/engagements/" + draw + "/selection", Map.of("method", "DRAW"));
        assertThat(drawn.status()).as(drawn.toString()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Object> eligible = (List<Object>) drawn.get("eligible");
        assertThat(eligible).extracting(x -> ((Number) x).longValue()).doesNotContain(listed.id());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> excluded = (List<Map<String, Object>>) drawn.get("excluded");
        assertThat(excluded).filteredOn(x -> ((Number) x.get("agencyId")).longValue() == listed.id())
                .singleElement().satisfies(x -> assertThat(x.get("reason")).isEqualTo("BLACKLISTED"));

        assertThat(api.delete(f.admin(), "/api/agencies/" + listed.id() + "/blacklist", Map.of("reason", "整改到位")).status()).isEqualTo(200);
        long again = f.create(unique("择优二"));
        f.merit(again, listed.id());
        assertThat(f.state(again)).isEqualTo("AGENCY_SELECTED");
    }
}
