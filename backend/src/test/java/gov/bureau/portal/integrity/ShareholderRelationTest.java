package gov.bureau.portal.integrity;

import gov.bureau.portal.support.Agencies;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestCodes;
import gov.bureau.portal.support.Users;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile's shareholders and partners (股东/合伙人) and their use as relation evidence (DOMAIN.md §12): kept
 * through the profile, masked to the bureau, and a shared holder, or an agency holding another, relates agencies.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class ShareholderRelationTest extends IntegrationTest {

    private static long asLong(Object o) {
        return ((Number) o).longValue();
    }

    private Agencies.Registered approved(String name, List<Map<String, Object>> shareholders) {
        Agencies.Registered a = Agencies.register(api, unique(name));
        Map<String, Object> profile = new LinkedHashMap<>(Agencies.completeProfile(a.name(), a.uscc()));
        profile.put("shareholders", shareholders);
        Response saved = api.put(a.token(), "/api/agencies/me", profile);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(Agencies.upload(api, a.token(), "BUSINESS_LICENCE", "营业执照.pdf", Agencies.pdf(), MediaType.APPLICATION_PDF_TYPE).status())
                .isEqualTo(201);
        assertThat(api.post(a.token(), "/api/agencies/me/submission", null).status()).isEqualTo(200);
        Response review = api.post(Users.adminToken(api), "/api/agencies/" + a.id() + "/review", Map.of("decision", "APPROVE"));
        assertThat(review.status()).as(review.toString()).isEqualTo(200);
        return a;
    }

    private static Map<String, Object> person(String name, String idNumber, String share) {
        return Map.of("holderKind", "PERSON", "name", name, "idType", "RESIDENT_ID", "idNumber", idNumber, "sharePercent", share);
    }

    @Test
    void aSharedShareholderAndAnAgencyHoldingAnotherAreRelationsWithEvidence() {
        String staff = Users.tokenFor(api, unique("holders"), "STAFF");
        String holder = Agencies.ownResidentId(TestCodes.uscc(), 3); // a person no other test lists
        Agencies.Registered a = approved("股东甲", List.of(person("周股东", holder, "51")));
        Agencies.Registered b = approved("股东乙", List.of(person("周股东", holder, "30"),
                Map.of("holderKind", "ORGANISATION", "name", "某投资公司", "idNumber", TestCodes.uscc(), "sharePercent", "70")));
        Agencies.Registered c = approved("被持股丙", List.of(Map.of("holderKind", "ORGANISATION", "name", b.name(),
                "idNumber", b.uscc(), "sharePercent", "100")));

        Map<String, Object> mine = (Map<String, Object>) api.get(a.token(), "/api/agencies/me").json().get("profile");
        assertThat((List<Map<String, Object>>) mine.get("shareholders")).singleElement()
                .satisfies(h -> assertThat(h).containsEntry("idNumber", holder).containsEntry("holderKind", "PERSON"));
        Map<String, Object> seen = (Map<String, Object>) api.get(staff, "/api/agencies/" + a.id()).json().get("profile");
        assertThat((String) ((List<Map<String, Object>>) seen.get("shareholders")).get(0).get("idNumber")).contains("*")
                .isNotEqualTo(holder);

        Response r = api.get(staff, "/api/agency-relations");
        assertThat(r.status()).isEqualTo(200);
        Map<String, Object> group = ((List<Map<String, Object>>) r.get("groups")).stream()
                .filter(g -> ((List<Object>) g.get("agencyIds")).stream().anyMatch(i -> asLong(i) == a.id())).findFirst().orElseThrow();
        assertThat(((List<Object>) group.get("agencyIds")).stream().map(ShareholderRelationTest::asLong).toList())
                .containsExactly(a.id(), b.id(), c.id());
        List<Map<String, Object>> links = (List<Map<String, Object>>) group.get("links");
        assertThat(links).extracting(l -> l.get("kind")).containsOnly("SHAREHOLDER").hasSize(2);
        assertThat(links).extracting(l -> (String) l.get("evidence")).anySatisfy(e -> assertThat(e).contains("股东/合伙人 周股东")
                .doesNotContain(holder)).anySatisfy(e -> assertThat(e).contains("统一社会信用代码").contains(b.uscc()));
    }

    @Test
    void sharesAboveAHundredPercentOrAWrongIdAreRefusedPerField() {
        Agencies.Registered a = Agencies.register(api, unique("股东错"));
        Map<String, Object> profile = new LinkedHashMap<>(Agencies.completeProfile(a.name(), a.uscc()));
        profile.put("shareholders", List.of(person("甲", "110105194912310021", "80"), person("乙", "11010519491231002Y", "30"),
                Map.of("holderKind", "ORGANISATION", "name", "丙公司", "idNumber", "91350100M000100Y44")));
        Response r = api.put(a.token(), "/api/agencies/me", profile);
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        List<String> fields = ((List<Map<String, Object>>) r.get("fieldErrors")).stream().map(f -> (String) f.get("field")).toList();
        assertThat(fields).contains("shareholders", "shareholders[1].idNumber", "shareholders[2].idNumber");
        Response noKind = api.put(a.token(), "/api/agencies/me", Map.of("name", a.name(), "uscc", a.uscc(), "agencyType", "CONSULTING",
                "contactName", "王", "contactPhone", "13800138000", "email", "a@example.cn",
                "shareholders", List.of(Map.of("name", "丁"))));
        assertThat(noKind.status()).as(noKind.toString()).isIn(400, 422);
    }
}
