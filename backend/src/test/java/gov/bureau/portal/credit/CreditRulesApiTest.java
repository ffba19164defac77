package gov.bureau.portal.credit;

import gov.bureau.portal.agency.CreditGrade;
import gov.bureau.portal.credit.CreditFixtures.TestAgency;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The credit rule tables through /api/rules: an ADMIN adds types and changes points; bands re-grade everyone. */
@MicronautTest(transactional = false)
class CreditRulesApiTest extends IntegrationTest {

    @Inject
    CreditStandings standings;

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> types(String token) {
        return new ArrayList<>((List<Map<String, Object>>) ((Map<String, Object>) api.get(token, "/api/rules/credit.event-types")
                .get("content")).get("types"));
    }

    @Test
    void newTypesAndChangedPointsApplyToNewEventsOnly() {
        String admin = Users.adminToken(api);
        String staff = Users.tokenFor(api, unique("crs"), "STAFF");
        TestAgency a = CreditFixtures.agency(api);
        long before = api.post(staff, "/api/credit-events", Map.of("agencyId", a.id(), "type", "LATE_SUBMISSION", "evidence", "x")).id();
        String code = "FEE_DISPUTE_" + Long.toString(System.nanoTime() % 100000, 36).toUpperCase();

        List<Map<String, Object>> types = types(admin);
        List<Map<String, Object>> original = List.copyOf(types);
        try {
            for (int i = 0; i < types.size(); i++) {
                if ("LATE_SUBMISSION".equals(types.get(i).get("code"))) {
                    Map<String, Object> t = new HashMap<>(types.get(i));
                    t.put("points", -4);
                    t.put("validityMonths", 6);
                    types.set(i, t);
                }
            }
            types.add(Map.of("code", code, "nameZh", "违规收费", "nameEn", "Improper fees", "points", -6, "validityMonths", 24,
                    "proposesBlacklist", false, "source", "COMPLAINT"));
            assertThat(api.put(staff, "/api/rules/credit.event-types", Map.of("content", Map.of("types", types), "reason", "x")).status())
                    .isEqualTo(403);
            Response published = api.put(admin, "/api/rules/credit.event-types", Map.of("content", Map.of("types", types), "reason", "年度修订"));
            assertThat(published.status()).as(published.toString()).isEqualTo(200);
            // who published, as people are named (the display name, not the user name)
            assertThat(published.json()).containsEntry("createdBy", "系统管理员");
            assertThat(api.get(staff, "/api/rules/credit.event-types/versions").list())
                    .extracting(v -> String.valueOf(((java.util.Map<?, ?>) v).get("createdBy"))).contains("系统管理员").doesNotContain("admin");

            Response after = api.post(staff, "/api/credit-events", Map.of("agencyId", a.id(), "type", "LATE_SUBMISSION", "evidence", "y"));
            assertThat(after.json()).containsEntry("points", -4).containsEntry("validityMonths", 6);
            Response added = api.post(staff, "/api/credit-events", Map.of("agencyId", a.id(), "type", code, "evidence", "z"));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
            assertThat(added.json()).containsEntry("points", -6).containsEntry("typeNameZh", "违规收费");
            // history is not rewritten
            Response old = api.get(staff, "/api/credit-events/" + before);
            assertThat(old.json()).containsEntry("points", -2).containsEntry("validityMonths", 12);
            assertThat(((Number) old.get("typesVersionId")).longValue()).isNotEqualTo(((Number) after.get("typesVersionId")).longValue());

            // removing an acceptance type is refused field by field
            List<Map<String, Object>> broken = new ArrayList<>(types);
            broken.removeIf(t -> "ACCEPTANCE_FAIL".equals(t.get("code")));
            Response refused = api.put(admin, "/api/rules/credit.event-types", Map.of("content", Map.of("types", broken), "reason", "x"));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.errorFields()).containsExactly("content.types");
        } finally {
            api.put(admin, "/api/rules/credit.event-types", Map.of("content", Map.of("types", original), "reason", "测试后恢复"));
        }
    }

    @Test
    void aNewBaseAndNewBandsRegradeTheReadModel() {
        String admin = Users.adminToken(api);
        String staff = Users.tokenFor(api, unique("crb"), "STAFF");
        TestAgency a = CreditFixtures.agency(api);
        long id = api.post(staff, "/api/credit-events", Map.of("agencyId", a.id(), "type", "COMMENDATION", "evidence", "表彰")).id();
        api.post(a.token(), "/api/credit-events/" + id + "/waiver", Map.of());
        api.post(admin, "/api/credit-events/" + id + "/confirmation", Map.of());
        TestAgency untouched = CreditFixtures.agency(api);
        assertThat(standings.standing(a.id()).score()).isEqualTo(82);
        try {
            Response bad = api.put(admin, "/api/rules/credit.bands", Map.of("content", Map.of("base", 80, "minA", 70, "minB", 75, "minC", 60), "reason", "x"));
            assertThat(bad.errorFields()).containsExactly("content.minA");
            Response published = api.put(admin, "/api/rules/credit.bands",
                    Map.of("content", Map.of("base", 88, "minA", 90, "minB", 75, "minC", 60), "reason", "提高基础分"));
            assertThat(published.status()).as(published.toString()).isEqualTo(200);
            Response list = api.get(staff, "/api/credit-standings?q=" + a.uscc());
            assertThat(list.content().get(0)).containsEntry("score", 90).containsEntry("grade", "A");
            assertThat(CreditFixtures.count("SELECT score FROM credit_standing WHERE agency_id = " + a.id())).isEqualTo(90);
            assertThat(api.get(staff, "/api/credit-standings?q=" + untouched.uscc()).content().get(0)).containsEntry("score", 88);
            assertThat(standings.standing(a.id())).isEqualTo(new CreditStanding(a.id(), 90, CreditGrade.A, false, null));
            assertThat(api.get(a.token(), "/api/agencies/" + a.id() + "/credit").json()).containsEntry("score", 90).containsEntry("base", 88);
        } finally {
            api.put(admin, "/api/rules/credit.bands", Map.of("content", Map.of("base", 80, "minA", 90, "minB", 75, "minC", 60),
                    "reason", "测试后恢复"));
        }
        assertThat(standings.standing(a.id()).score()).isEqualTo(82);
    }
}
