package gov.bureau.portal.settings;

import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PortalSettingsApiTest extends IntegrationTest {

    private static Map<String, Object> titles(String zh, String en) {
        Map<String, Object> body = new HashMap<>();
        body.put("titleZh", zh);
        body.put("titleEn", en);
        return body;
    }

    @Test
    void anAdminSetsTheTitleEveryoneReadsItAndTheAuditLogSaysWhatChanged() {
        String admin = Users.adminToken(api);
        Response set = api.put(admin, "/api/settings/portal", titles("  ××县财政局预算绩效第三方机构管理系统 ", "County Agency Portal"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.get("titleZh")).isEqualTo("××县财政局预算绩效第三方机构管理系统");

        Response anonymous = api.get(null, "/api/settings/portal");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.get("titleZh")).isEqualTo("××县财政局预算绩效第三方机构管理系统");
        assertThat(anonymous.get("titleEn")).isEqualTo("County Agency Portal");

        Response audit = api.get(admin, "/api/audit-log?entityType=PortalSettings&action=PORTAL_SETTINGS_CHANGED");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.content()).isNotEmpty();
        assertThat(String.valueOf(audit.content().get(0).get("changes"))).contains("××县财政局");

        // blank restores the built-in title
        Response cleared = api.put(admin, "/api/settings/portal", titles(" ", null));
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(api.get(null, "/api/settings/portal").get("titleZh")).isNull();
        assertThat(api.get(null, "/api/settings/portal").get("titleEn")).isNull();
    }

    @Test
    void aTitleTooLongIsAFieldErrorAndOnlyAdminsMaySetIt() {
        String admin = Users.adminToken(api);
        Response tooLong = api.put(admin, "/api/settings/portal", titles("局".repeat(101), null));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorFields()).containsExactly("titleZh");
        String staff = Users.tokenFor(api, unique("ps"), "STAFF");
        assertThat(api.put(staff, "/api/settings/portal", titles("x", null)).status()).isEqualTo(403);
        assertThat(api.put(null, "/api/settings/portal", titles("x", null)).status()).isEqualTo(401);
    }
}
