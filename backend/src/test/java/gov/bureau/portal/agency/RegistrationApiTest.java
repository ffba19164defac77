package gov.bureau.portal.agency;

import gov.bureau.portal.support.Agencies;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestCodes;
import gov.bureau.portal.support.TestDatabase;
import gov.bureau.portal.support.Users;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class RegistrationApiTest extends IntegrationTest {

    @Test
    void registrationCreatesADraftAgencyAndItsAccount() {
        String username = unique("reg");
        String uscc = TestCodes.uscc();
        Response r = api.post(null, "/api/registrations", Agencies.registration(username, "南京某评估有限公司", uscc));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        long id = ((Number) r.get("agencyId")).longValue();
        assertThat(r.headers().get("location").get(0)).endsWith("/api/agencies/" + id);

        String token = api.token(username, Users.PASSWORD);
        Response me = api.get(token, "/api/me");
        assertThat(((Number) me.get("agencyId")).longValue()).isEqualTo(id);
        assertThat(me.get("roles")).isEqualTo(List.of("AGENCY"));
        Response mine = api.get(token, "/api/agencies/me");
        assertThat(mine.json()).containsEntry("status", "DRAFT").containsEntry("uscc", uscc).containsEntry("editable", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> profile = (Map<String, Object>) mine.get("profile");
        assertThat(profile).containsEntry("name", "南京某评估有限公司").containsEntry("contactPhone", "13912345678");

        Response audit = api.get(Users.adminToken(api), "/api/audit-log?entity=Agency&size=100");
        assertThat(audit.raw()).contains("AGENCY_REGISTERED");
    }

    @Test
    void wrongCheckCharacterIsAFieldErrorInChineseAndEnglish() {
        String uscc = TestCodes.uscc();
        String wrong = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        Response r = api.post(null, "/api/registrations", Agencies.registration(unique("wrong"), "某所", wrong));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorFields()).containsExactly("uscc");
        assertThat((String) r.fieldErrors().get(0).get("message")).contains("校验位");
        Response en = api.send(HttpRequest.POST("/api/registrations", Agencies.registration(unique("wrong"), "某所", wrong))
                .header("Accept-Language", "en"), null);
        assertThat((String) en.fieldErrors().get(0).get("message")).contains("check character");
    }

    @Test
    void aWrongOrganisationCodeInsideIsCaughtToo() {
        // a code whose final check character is right for its first 17 characters, but whose
        // embedded organisation code (characters 9 to 17) has a wrong check character
        String body = "MA1MXXXX";
        char wrongOrgCheck = gov.bureau.portal.agency.validation.OrganisationCode.checkCharacter(body) == '1' ? '2' : '1';
        String first17 = "91320100" + body + wrongOrgCheck;
        String code = first17 + gov.bureau.portal.agency.validation.Uscc.checkCharacter(first17);
        Response r = api.post(null, "/api/registrations", Agencies.registration(unique("org"), "某所", code));
        assertThat(r.status()).isEqualTo(422);
        assertThat((String) r.fieldErrors().get(0).get("message")).contains("GB 11714");
    }

    @Test
    void aSecondRegistrationOfTheSameUsccIsRefusedAndChangesNothing() throws Exception {
        String uscc = TestCodes.uscc();
        assertThat(api.post(null, "/api/registrations", Agencies.registration(unique("first"), "某所", uscc)).status()).isEqualTo(201);
        String second = unique("second");
        Response r = api.post(null, "/api/registrations", Agencies.registration(second, "另一所", uscc));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorFields()).containsExactly("uscc");
        assertThat((String) r.fieldErrors().get(0).get("message")).contains("已注册");
        assertThat(api.login(second, Users.PASSWORD).status()).isEqualTo(401);
        assertThat(count("SELECT COUNT(*) FROM agency WHERE uscc = ?", uscc)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE username = ?", second)).isZero();
    }

    @Test
    void everyFieldIsCheckedAtOnce() {
        Map<String, Object> body = new java.util.HashMap<>(Agencies.registration("admin", "某所", "123"));
        body.put("contactPhone", "12345");
        body.put("email", "nobody");
        body.put("password", "short");
        Response r = api.post(null, "/api/registrations", body);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorFields()).containsExactlyInAnyOrder("username", "uscc", "contactPhone", "email", "password");
        Response blank = api.post(null, "/api/registrations", Map.of("username", "x"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.errorFields()).contains("agencyName", "uscc", "agencyType", "password");
    }

    @Test
    void lowerCaseAndSpacedCodesAreNormalised() {
        String uscc = TestCodes.uscc();
        String typed = " " + uscc.substring(0, 9).toLowerCase() + " " + uscc.substring(9) + " ";
        String username = unique("norm");
        Response r = api.post(null, "/api/registrations", Agencies.registration(username, "某所", typed));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(api.get(api.token(username, Users.PASSWORD), "/api/agencies/me").get("uscc")).isEqualTo(uscc);
    }

    static long count(String sql, String param) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
