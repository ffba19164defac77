package gov.bureau.portal.engagement;

import gov.bureau.portal.engagement.EngagementFixtures.Agency;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Abnormally low procurement fees (DOMAIN.md §11, rule table engagement.low-fee, default 60 % of the fee cap). The
 * fixtures' engagement is KEY_EVALUATION with 5,000,000 yuan of funds: cap 200,000.00, so the limit is 120,000.00.
 */
@MicronautTest(transactional = false)
class LowFeeApiTest extends IntegrationTest {

    private EngagementFixtures f;

    @BeforeAll
    void setUp() {
        f = new EngagementFixtures(api, unique("lowfee"));
    }

    private long engagement(String fee) {
        Map<String, Object> form = f.form(unique("低价"), unique("委托方"), unique("被评价单位"));
        form.put("fee", fee);
        Response r = api.post(f.staff(), "/api/engagements", form);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private Response procure(String token, long id, long agencyId, String justification) {
        Map<String, Object> body = new HashMap<>(Map.of("method", "PROCUREMENT", "agencyId", agencyId,
                "procurementMethod", "PUBLIC_TENDER", "procurementReference", unique("CG"), "procurementDate", LocalDate.now().toString()));
        if (justification != null) {
            body.put("justification", justification);
        }
        return api.post(token, "/api/engagements/" + id + "/selection", body);
    }

    private List<Long> listed(String token, String filter) {
        return api.get(token, "/api/engagements?size=100&sort=createdAt,desc&" + filter).content().stream()
                .map(r -> ((Number) r.get("id")).longValue()).toList();
    }

    @Test
    void aFeeBelowTheShareOfTheCapNeedsAJustificationAndFlagsTheEngagement() {
        Agency winner = EngagementFixtures.approvedAgency(unique("低价中标"));
        Agency other = EngagementFixtures.approvedAgency(unique("他家机构"));
        long id = engagement("100000.00");

        Response refused = procure(f.staff(), id, winner.id(), null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("justification");
        assertThat(refused.fieldErrors().get(0).get("message").toString()).contains("120000.00").contains("60");
        assertThat(procure(f.staff(), id, winner.id(), "   ").errorFields()).containsExactly("justification");
        Response unchanged = f.get(id);
        assertThat(unchanged.get("state")).isEqualTo("CREATED");
        assertThat(unchanged.get("lowFee")).isEqualTo(false);

        // the agency cannot record a procurement result, not even with a justification
        String winnerToken = f.agencyToken(winner.id());
        assertThat(procure(winnerToken, id, winner.id(), "理由").status()).isEqualTo(403);

        Response won = procure(f.staff(), id, winner.id(), "  竞争性磋商三家报价均在 10 万元左右，已核实成本测算  ");
        assertThat(won.status()).as(won.toString()).isEqualTo(200);
        assertThat(won.get("justification")).isEqualTo("竞争性磋商三家报价均在 10 万元左右，已核实成本测算");
        assertThat(won.get("lowFeeLimit").toString()).isEqualTo("120000.0");
        assertThat(won.get("lowFeeVersionId")).isNotNull();
        assertThat(f.get(id).get("lowFee")).isEqualTo(true);
        assertThat(listed(f.staff(), "lowFee=true")).contains(id);
        assertThat(listed(f.staff(), "lowFee=false")).doesNotContain(id);
        assertThat(api.get(f.staff(), "/api/engagements/" + id + "/selections").list()).hasSize(1);

        // the selected agency sees its own flag; another agency sees nothing of it
        assertThat(api.get(winnerToken, "/api/engagements/" + id).get("lowFee")).isEqualTo(true);
        assertThat(listed(winnerToken, "lowFee=true")).containsExactly(id);
        String otherToken = f.agencyToken(other.id());
        assertThat(api.get(otherToken, "/api/engagements/" + id).status()).isEqualTo(404);
        assertThat(listed(otherToken, "lowFee=true")).doesNotContain(id);

        Response audit = api.get(f.admin(), "/api/audit-log?entityType=Engagement&entityId=" + id + "&action=ENGAGEMENT_AGENCY_SELECTED");
        assertThat(audit.content()).singleElement().satisfies(a -> {
            assertThat(a.get("reason")).isEqualTo("竞争性磋商三家报价均在 10 万元左右，已核实成本测算");
            assertThat((String) a.get("changes")).contains("lowFee").contains("120000.00");
        });

        // the agency declines: the engagement goes back to CREATED without the flag
        Response declined = api.post(winnerToken, "/api/engagements/" + id + "/confirmation", Map.of("accept", false, "reason", "报价有误"));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(f.get(id).get("lowFee")).isEqualTo(false);
        assertThat(listed(f.staff(), "lowFee=true")).doesNotContain(id);
    }

    @Test
    void aFeeAtOrAboveTheLimitNeedsNoJustification() {
        for (String fee : List.of("120000.00", "150000.00")) {
            long id = engagement(fee);
            Agency winner = EngagementFixtures.approvedAgency(unique("正常报价"));
            Response won = procure(f.staff(), id, winner.id(), null);
            assertThat(won.status()).as(fee + " " + won).isEqualTo(200);
            assertThat(won.get("lowFeeLimit")).isNull();
            assertThat(won.get("justification")).isNull();
            assertThat(f.get(id).get("lowFee")).isEqualTo(false);
            assertThat(listed(f.staff(), "lowFee=false")).contains(id);
            assertThat(listed(f.staff(), "lowFee=true")).doesNotContain(id);
        }
        // just below the limit is low
        long id = engagement("119999.99");
        assertThat(procure(f.staff(), id, EngagementFixtures.approvedAgency(unique("差一分")).id(), null).errorFields())
                .containsExactly("justification");
    }

    @Test
    void theShareIsARuleTableTheAdminPublishes() {
        Response current = api.get(f.staff(), "/api/rules/engagement.low-fee");
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        assertThat(((Map<?, ?>) current.get("content")).get("share").toString()).isEqualTo("0.6");
        assertThat(api.put(f.staff(), "/api/rules/engagement.low-fee", Map.of("content", Map.of("share", "0.5"), "reason", "x")).status())
                .isEqualTo(403);
        Response bad = api.put(f.admin(), "/api/rules/engagement.low-fee", Map.of("content", Map.of("share", "1.5"), "reason", "x"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorFields()).containsExactly("content.share");
        Response published = api.put(f.admin(), "/api/rules/engagement.low-fee", Map.of("content", Map.of("share", "0.5"), "reason", "年度修订"));
        try {
            assertThat(published.status()).as(published.toString()).isEqualTo(200);
            // limit now 100,000.00: a fee of 100,000.00 is not below it
            long id = engagement("100000.00");
            Response won = procure(f.staff(), id, EngagementFixtures.approvedAgency(unique("新版规则")).id(), null);
            assertThat(won.status()).as(won.toString()).isEqualTo(200);
            assertThat(f.get(id).get("lowFee")).isEqualTo(false);
        } finally {
            Response restored = api.put(f.admin(), "/api/rules/engagement.low-fee", Map.of("content", Map.of("share", "0.60"), "reason", "测试后恢复"));
            assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        }
    }
}
