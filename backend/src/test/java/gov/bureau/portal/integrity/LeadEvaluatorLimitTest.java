package gov.bureau.portal.integrity;

import gov.bureau.portal.engagement.EngagementFixtures;
import gov.bureau.portal.engagement.EngagementFixtures.Agency;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A lead evaluator leads at most 2 (default) engagements in progress across all agencies (DOMAIN.md §12). */
@MicronautTest(transactional = false)
class LeadEvaluatorLimitTest extends IntegrationTest {

    @Test
    void theThirdEngagementLedByTheSamePersonThroughAnotherAgencyIsRefused() throws Exception {
        EngagementFixtures f = new EngagementFixtures(api, unique("lead"));
        Agency x = EngagementFixtures.approvedAgency(unique("主评甲"));
        Agency y = EngagementFixtures.approvedAgency(unique("主评乙"));
        Agency z = EngagementFixtures.approvedAgency(unique("主评丙"));
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement("UPDATE agency_person SET id_number = (SELECT n FROM (SELECT id_number n FROM "
                     + "agency_person WHERE id = ?) t) WHERE id IN (?, ?)")) {
            s.setLong(1, x.leadId());
            s.setLong(2, y.leadId());
            s.setLong(3, z.leadId());
            assertThat(s.executeUpdate()).isEqualTo(2); // the same person is lead evaluator of x, y and z
        }
        String start = LocalDate.now().toString();
        for (Agency a : new Agency[]{x, y}) {
            long id = f.create(unique("主评业务"));
            f.merit(id, a.id());
            String token = f.agencyToken(a.id());
            f.confirm(id, token);
            Response plan = api.post(token, "/api/engagements/" + id + "/plans", f.plan(a, start));
            assertThat(plan.status()).as(plan.toString()).isIn(200, 201);
        }
        long third = f.create(unique("主评业务"));
        f.merit(third, z.id());
        String token = f.agencyToken(z.id());
        f.confirm(third, token);
        Response refused = api.post(token, "/api/engagements/" + third + "/plans", f.plan(z, start));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("team[0].personId");
        assertThat(refused.fieldErrors().get(0).get("message").toString()).contains("2");
        assertThat(f.state(third)).as("nothing changed").isEqualTo("ACCEPTED_BY_AGENCY");

        // one of the two ends (terminated): the plan passes
        Response list = api.get(f.staff(), "/api/engagements?agencyId=" + x.id());
        long first = ((Number) list.content().get(0).get("id")).longValue();
        Response terminated = api.post(f.staff(), "/api/engagements/" + first + "/termination", java.util.Map.of("reason", "委托方撤回"));
        assertThat(terminated.status()).as(terminated.toString()).isIn(200, 204);
        Response passed = api.post(token, "/api/engagements/" + third + "/plans", f.plan(z, start));
        assertThat(passed.status()).as(passed.toString()).isIn(200, 201);
    }
}
