package gov.bureau.portal.rules;

import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class RulesApiTest extends IntegrationTest {

    @Test
    void tablesStartAtTheirDefaultAndAdminsPublishNewVersions() {
        String admin = Users.adminToken(api);
        Response current = api.get(admin, "/api/rules/test.sample");
        assertThat(current.status()).isEqualTo(200);
        int version = ((Number) current.get("version")).intValue();
        assertThat(version).isPositive();

        Response published = api.put(admin, "/api/rules/test.sample",
                Map.of("content", Map.of("threshold", 70, "names", List.of("x")), "reason", "年度调整"));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(((Number) published.get("version")).intValue()).isEqualTo(version + 1);
        assertThat(published.get("content")).isEqualTo(Map.of("threshold", 70, "names", List.of("x")));

        Response history = api.get(admin, "/api/rules/test.sample/versions");
        assertThat(history.list()).hasSizeGreaterThanOrEqualTo(2);
        Response old = api.get(admin, "/api/rules/test.sample/versions/" + version);
        assertThat(((Number) old.get("version")).intValue()).isEqualTo(version);

        Response audit = api.get(admin, "/api/audit-log?entityType=RuleTable&entityId=test.sample&action=RULES_PUBLISHED");
        assertThat(audit.content()).extracting(e -> e.get("reason")).contains("年度调整");
    }

    @Test
    void invalidVersionsAreRefusedFieldByField() {
        String admin = Users.adminToken(api);
        int before = ((Number) api.get(admin, "/api/rules/test.sample").get("version")).intValue();
        Response bad = api.put(admin, "/api/rules/test.sample",
                Map.of("content", Map.of("threshold", 170, "names", List.of()), "reason", "x"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("content.threshold", "content.names");
        Response noReason = api.put(admin, "/api/rules/test.sample", Map.of("content", Map.of("threshold", 1, "names", List.of("a"))));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        Response wrongShape = api.put(admin, "/api/rules/test.sample", Map.of("content", List.of(1, 2), "reason", "x"));
        assertThat(wrongShape.status()).isEqualTo(400);
        assertThat(((Number) api.get(admin, "/api/rules/test.sample").get("version")).intValue()).isEqualTo(before);
        assertThat(api.get(admin, "/api/rules/no.such-table").status()).isEqualTo(404);
    }

    @Test
    void staffReadButDoNotPublish() {
        String staff = Users.tokenFor(api, unique("rs"), "STAFF");
        assertThat(api.get(staff, "/api/rules").status()).isEqualTo(200);
        assertThat(api.put(staff, "/api/rules/test.sample",
                Map.of("content", Map.of("threshold", 1, "names", List.of("a")), "reason", "x")).status()).isEqualTo(403);
    }

    @Test
    void aTablesLimitsAreReportedOnTheFieldThatBreaksThem() {
        String admin = Users.adminToken(api);
        Response bad = api.put(admin, "/api/rules/engagement.draw",
                Map.of("content", Map.of("minimumEligible", 3, "weightA", 0, "weightB", 101, "weightC", 1), "reason", "x"));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(422);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("content.weightA", "content.weightB");
        Response tooFew = api.put(admin, "/api/rules/engagement.draw",
                Map.of("content", Map.of("minimumEligible", 0, "weightA", 3, "weightB", 2, "weightC", 0), "reason", "x"));
        assertThat(tooFew.status()).isEqualTo(422);
        assertThat(tooFew.errorFields()).containsExactlyInAnyOrder("content.minimumEligible", "content.weightC");
        Response eligibility = api.put(admin, "/api/rules/engagement.eligibility", Map.of("content",
                Map.of("minimumGrade", "C", "limitInProgress", true, "maxInProgress", 0, "rotation", false), "reason", "x"));
        assertThat(eligibility.status()).as(eligibility.toString()).isEqualTo(422);
        assertThat(eligibility.errorFields()).containsExactly("content.maxInProgress");
        Response lead = api.put(admin, "/api/rules/integrity.lead-evaluator", Map.of("content", Map.of("maxLeadInProgress", 21), "reason", "x"));
        assertThat(lead.status()).as(lead.toString()).isEqualTo(422);
        assertThat(lead.errorFields()).containsExactly("content.maxLeadInProgress");
    }
}
