package gov.bureau.portal.credit;

import gov.bureau.portal.credit.CreditFixtures.TestAgency;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upheld objection to an acceptance score: the result is withdrawn and the acceptance area is
 * asked, in the same transaction, to reopen the acceptance; a new score then records a new result.
 */
@MicronautTest(transactional = false)
class ScoreObjectionTest extends IntegrationTest {

    @Inject
    CreditStandings standings;
    @Inject
    RecordingCorrections corrections;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("credit-test.recording-corrections", "true");
    }

    @SuppressWarnings("unchecked")
    private long current(TestAgency a) {
        List<Map<String, Object>> events = (List<Map<String, Object>>) api.get(a.token(), "/api/agencies/" + a.id() + "/credit").get("events");
        return events.stream().filter(e -> "EFFECTIVE".equals(e.get("status"))).map(e -> ((Number) e.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    @Test
    void anUpheldScoreObjectionReopensTheAcceptanceAndTheNewScoreCounts() {
        String admin = Users.adminToken(api);
        TestAgency a = CreditFixtures.agency(api);
        long engagement = System.nanoTime() % 1_000_000_000L;
        standings.recordAcceptance(Actor.SYSTEM, a.id(), engagement, "FAIL", LocalDate.now());
        assertThat(standings.standing(a.id()).score()).isEqualTo(70);
        long failId = current(a);
        long objection = api.post(a.token(), "/api/credit-events/" + failId + "/objections", Map.of("reason", "评分表第 4 项计算错误")).id();

        corrections.refuse = true; // the acceptance side refuses: nothing changes on the credit side either
        Response refused = api.post(admin, "/api/objections/" + objection + "/decision", Map.of("outcome", "UPHELD", "comment", "计算有误"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(CreditFixtures.queryString("SELECT status FROM credit_objection WHERE id = " + objection)).isEqualTo("PENDING");
        assertThat(CreditFixtures.queryString("SELECT status FROM credit_event WHERE id = " + failId)).isEqualTo("EFFECTIVE");
        assertThat(standings.standing(a.id()).score()).isEqualTo(70);

        corrections.refuse = false;
        Response upheld = api.post(admin, "/api/objections/" + objection + "/decision", Map.of("outcome", "UPHELD", "comment", "计算有误，重新评分"));
        assertThat(upheld.status()).as(upheld.toString()).isEqualTo(200);
        assertThat(upheld.json()).containsEntry("status", "UPHELD").containsEntry("kind", "ACCEPTANCE_SCORE").containsEntry("eventStatus", "WITHDRAWN");
        assertThat(corrections.calls).contains(new RecordingCorrections.Call("admin", engagement, "计算有误，重新评分"));
        assertThat(standings.standing(a.id()).score()).isEqualTo(80);

        // the acceptance area scores again and reports the new result
        standings.recordAcceptance(Actor.SYSTEM, a.id(), engagement, "PASS", LocalDate.now());
        assertThat(standings.standing(a.id()).score()).isEqualTo(80);
        assertThat(CreditFixtures.count("SELECT COUNT(*) FROM credit_event WHERE engagement_id = " + engagement
                + " AND status = 'EFFECTIVE' AND type_code = 'ACCEPTANCE_PASS'")).isEqualTo(1);
    }
}
