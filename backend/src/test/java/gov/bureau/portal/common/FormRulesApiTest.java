package gov.bureau.portal.common;

import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The field rules the browser reads are the server's own constraints, with the server's messages. */
@MicronautTest(transactional = false)
class FormRulesApiTest extends IntegrationTest {

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rules(String form, String language) {
        Response r = api.send(HttpRequest.GET("/api/forms/" + form).header("Accept-Language", language), null);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return (List<Map<String, Object>>) r.get("rules");
    }

    private static Map<String, Object> rule(List<Map<String, Object>> rules, String field, String kind) {
        return rules.stream().filter(r -> field.equals(r.get("field")) && kind.equals(r.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " rule for " + field + " in " + rules));
    }

    @Test
    void registrationPublishesItsConstraintsWithTheServersMessages() {
        List<Map<String, Object>> zh = rules("registration", "zh-CN");
        assertThat(rule(zh, "agencyName", "NotBlank").get("message")).isEqualTo("不能为空");
        assertThat(rule(zh, "agencyName", "Size").get("params")).isEqualTo(Map.of("min", 0, "max", 200));
        assertThat(rule(zh, "agencyName", "Size").get("message")).isEqualTo("不能超过 200 个字符");
        assertThat(rule(zh, "username", "Pattern").get("message")).isEqualTo("用户名须为 3 到 64 位字母、数字或 _ . -");
        List<Map<String, Object>> en = rules("registration", "en");
        assertThat(rule(en, "agencyName", "NotBlank").get("message")).isEqualTo("Required");

        // the same message as the server answers for the same mistake
        Response refused = api.post(null, "/api/registrations", Map.of("username", "a b"));
        assertThat(refused.fieldErrors()).anySatisfy(e -> {
            assertThat(e.get("field")).isEqualTo("username");
            assertThat(e.get("message")).isEqualTo(rule(zh, "username", "Pattern").get("message"));
        });
    }

    @Test
    void theProfileSaysWhatASubmissionNeedsAsTheSubmissionCheckDoes() {
        List<Map<String, Object>> rules = rules("profile", "zh-CN");
        rule(rules, "registeredAddress", "Submission");
        rule(rules, "legalRepresentative.phone", "Submission");
        rule(rules, "leadEvaluators[].title", "Submission");
        rule(rules, "experts[].field", "Submission");
        rule(rules, "leadEvaluators[].name", "NotBlank");
        assertThat(rules).noneMatch(r -> "businessScope".equals(r.get("field")) && "NotBlank".equals(r.get("kind")));
    }

    @Test
    void engagementAndScoringPublishTheirRules() {
        List<Map<String, Object>> engagement = rules("engagement", "zh-CN");
        rule(engagement, "title", "NotBlank");
        assertThat(rule(engagement, "fee", "Digits").get("params")).isEqualTo(Map.of("integer", 13, "fraction", 2));
        List<Map<String, Object>> assessment = rules("assessment", "zh-CN");
        assertThat((String) rule(assessment, "scores[].points", "ItemMax").get("message")).contains("{0}");
        rule(assessment, "scores[].points", "PositiveOrZero");
        assertThat(api.get(null, "/api/forms/no-such-form").status()).isEqualTo(404);
    }
}
