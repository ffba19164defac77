package gov.bureau.portal.integrity;

import gov.bureau.portal.engagement.EngagementFixtures;
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

/** Related agencies over the API (DOMAIN.md §12): found on approval, shown with evidence, dismissed, one entrant in a draw. */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class RelationsApiTest extends IntegrationTest {

    private static long asLong(Object o) {
        return ((Number) o).longValue();
    }

    /** Registers, fills the profile with the given changes, submits and approves. */
    private Agencies.Registered approved(String name, Map<String, Object> changes) {
        Agencies.Registered a = Agencies.register(api, unique(name));
        Map<String, Object> profile = new LinkedHashMap<>(Agencies.completeProfile(a.name(), a.uscc()));
        profile.putAll(changes);
        assertThat(api.put(a.token(), "/api/agencies/me", profile).status()).isEqualTo(200);
        assertThat(Agencies.upload(api, a.token(), "BUSINESS_LICENCE", "营业执照.pdf", Agencies.pdf(), MediaType.APPLICATION_PDF_TYPE).status())
                .isEqualTo(201);
        Response submitted = api.post(a.token(), "/api/agencies/me/submission", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        Response review = api.post(Users.adminToken(api), "/api/agencies/" + a.id() + "/review", Map.of("decision", "APPROVE"));
        assertThat(review.status()).as(review.toString()).isEqualTo(200);
        return a;
    }

    private Map<String, Object> groupOf(String staff, long agencyId) {
        Response r = api.get(staff, "/api/agency-relations");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return ((List<Map<String, Object>>) r.get("groups")).stream()
                .filter(g -> ((List<Object>) g.get("agencyIds")).stream().anyMatch(i -> asLong(i) == agencyId)).findFirst().orElse(null);
    }

    @Test
    void agenciesSharingALegalRepresentativeOrAnOwnMailDomainFormOneGroupThatDrawsAsOneEntrant() {
        EngagementFixtures f = new EngagementFixtures(api, unique("rel"));
        String staff = f.staff();
        String domain = unique("zhongheng").toLowerCase() + ".com.cn";
        Agencies.Registered a = approved("关联甲", Map.of());
        Map<String, Object> aProfile = (Map<String, Object>) api.get(a.token(), "/api/agencies/me").json().get("profile");
        Map<String, Object> rep = (Map<String, Object>) aProfile.get("legalRepresentative");
        Agencies.Registered b = approved("关联乙", Map.of("legalRepresentative", Map.of("name", rep.get("name"), "idType", "RESIDENT_ID",
                "idNumber", rep.get("idNumber"), "phone", "13800138000"), "email", "office@" + domain));
        Agencies.Registered c = approved("关联丙", Map.of("email", "audit@" + domain));
        Agencies.Registered d = approved("无关丁", Map.of());

        Map<String, Object> group = groupOf(staff, a.id());
        assertThat(group).as("a group with a").isNotNull();
        assertThat(((List<Object>) group.get("agencyIds")).stream().map(RelationsApiTest::asLong).toList())
                .containsExactly(a.id(), b.id(), c.id());
        assertThat(asLong(group.get("id"))).isEqualTo(a.id());
        List<Map<String, Object>> links = (List<Map<String, Object>>) group.get("links");
        assertThat(links).extracting(l -> l.get("kind")).containsExactlyInAnyOrder("LEGAL_REPRESENTATIVE", "EMAIL_DOMAIN");
        Map<String, Object> repLink = links.stream().filter(l -> "LEGAL_REPRESENTATIVE".equals(l.get("kind"))).findFirst().orElseThrow();
        assertThat(asLong(repLink.get("from"))).isEqualTo(a.id());
        assertThat(asLong(repLink.get("to"))).isEqualTo(b.id());
        assertThat((String) repLink.get("evidence")).contains("法定代表人").contains("****")
                .doesNotContain((String) rep.get("idNumber"));
        Map<String, Object> mailLink = links.stream().filter(l -> "EMAIL_DOMAIN".equals(l.get("kind"))).findFirst().orElseThrow();
        assertThat((String) mailLink.get("evidence")).contains(domain);
        assertThat(groupOf(staff, d.id())).as("an independent agency is in no group").isNull();

        // an agency may not see the groups
        assertThat(api.get(a.token(), "/api/agency-relations").status()).isEqualTo(403);

        // a draw: the related agencies stand as one entrant
        Response created = api.post(staff, "/api/engagements", f.form(unique("关联抽取"), unique("某市财政局"), unique("某区单位")));
        Response draw = api.post(staff, "/api/engagements/" + created.id() + "/selection", Map.of("method", "DRAW"));
        assertThat(draw.status()).as(draw.toString()).isEqualTo(200);
        List<List<Long>> groups = ((List<Map<String, Object>>) draw.get("groups")).stream()
                .map(g -> ((List<Object>) g.get("agencyIds")).stream().map(RelationsApiTest::asLong).toList()).toList();
        assertThat(groups).contains(List.of(a.id(), b.id(), c.id()));
        List<Map<String, Object>> pool = (List<Map<String, Object>>) draw.get("pool");
        assertThat(pool).filteredOn(p -> List.of(a.id(), b.id(), c.id()).contains(asLong(p.get("agencyId"))))
                .hasSize(3).allSatisfy(p -> assertThat(asLong(p.get("group"))).isEqualTo(a.id()));
        assertThat(pool).filteredOn(p -> asLong(p.get("agencyId")) == d.id()).singleElement()
                .satisfies(p -> assertThat(p.get("group")).isNull());
        long sum = pool.stream().filter(p -> p.get("group") == null).mapToLong(p -> asLong(p.get("weight"))).sum();
        Map<Long, Long> groupWeights = new java.util.HashMap<>();
        pool.stream().filter(p -> p.get("group") != null).forEach(p -> groupWeights.merge(asLong(p.get("group")), asLong(p.get("weight")), Math::max));
        sum += groupWeights.values().stream().mapToLong(Long::longValue).sum();
        assertThat(asLong(draw.get("totalWeight"))).as("every group counts once with one weight").isEqualTo(sum);
        assertThat(api.get(staff, "/api/engagements/" + created.id() + "/selection/verification").get("reproduced")).isEqualTo(true);

        // STAFF dismisses the mail-domain link with a reason: c leaves the group, in the next draw too
        long mailLinkId = asLong(mailLink.get("id"));
        Response noReason = api.post(staff, "/api/agency-relations/links/" + mailLinkId + "/dismissal", Map.of("reason", " "));
        assertThat(noReason.status()).isIn(400, 422);
        assertThat(noReason.errorFields()).contains("reason");
        Response dismissed = api.post(staff, "/api/agency-relations/links/" + mailLinkId + "/dismissal", Map.of("reason", "同一集团邮箱服务商，非关联"));
        assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
        assertThat(dismissed.get("dismissalReason")).isEqualTo("同一集团邮箱服务商，非关联");
        assertThat(api.post(staff, "/api/agency-relations/links/" + mailLinkId + "/dismissal", Map.of("reason", "again")).status()).isEqualTo(409);
        assertThat(api.post(staff, "/api/agency-relations/links/99999999/dismissal", Map.of("reason", "x")).status()).isEqualTo(404);
        Map<String, Object> after = groupOf(staff, a.id());
        assertThat(((List<Object>) after.get("agencyIds")).stream().map(RelationsApiTest::asLong).toList()).containsExactly(a.id(), b.id());
        assertThat(groupOf(staff, c.id())).isNull();
        Response audit = api.get(Users.adminToken(api), "/api/audit-log?entityType=AgencyRelation&size=100");
        assertThat(audit.raw()).contains("AGENCY_RELATION_LINK_DISMISSED").contains("同一集团邮箱服务商，非关联");

        // a later approval keeps the dismissal (the link is recomputed, not revived)
        approved("无关戊", Map.of());
        assertThat(groupOf(staff, c.id())).isNull();

        // confirming the group
        Response confirmed = api.post(staff, "/api/agency-relations/groups/" + a.id() + "/confirmation", Map.of("comment", "同一实际控制人"));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(groupOf(staff, a.id()).get("confirmed")).isNotNull();
        // who confirmed, as people are named (the display name, not the user name)
        assertThat(String.valueOf(confirmed.get("confirmedBy"))).startsWith("测试 ");
        assertThat(String.valueOf(((Map<?, ?>) groupOf(staff, a.id()).get("confirmed")).get("confirmedBy"))).startsWith("测试 ");
        assertThat(api.post(staff, "/api/agency-relations/groups/" + a.id() + "/confirmation", Map.of()).status()).isEqualTo(409);
        assertThat(api.post(staff, "/api/agency-relations/groups/" + d.id() + "/confirmation", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void aPractitionerListedByAnotherAgencyBlocksTheLaterSubmissionUntilThatRecordEnds() {
        Agencies.Registered first = approved("先登记", Map.of());
        Map<String, Object> firstProfile = (Map<String, Object>) api.get(first.token(), "/api/agencies/me").json().get("profile");
        Map<String, Object> lead = new LinkedHashMap<>(((List<Map<String, Object>>) firstProfile.get("leadEvaluators")).get(0));
        lead.remove("id");

        Agencies.Registered later = Agencies.register(api, unique("后登记"));
        Map<String, Object> profile = new LinkedHashMap<>(Agencies.completeProfile(later.name(), later.uscc()));
        Map<String, Object> other = new LinkedHashMap<>(Map.of("name", "孙助理", "idType", "RESIDENT_ID", "idNumber", lead.get("idNumber"),
                "position", "项目助理"));
        profile.put("otherPractitioners", List.of(Map.of("name", "钱助理", "position", "项目助理", "title", "会计师"), other));
        assertThat(api.put(later.token(), "/api/agencies/me", profile).status()).isEqualTo(200);
        assertThat(Agencies.upload(api, later.token(), "BUSINESS_LICENCE", "营业执照.pdf", Agencies.pdf(), MediaType.APPLICATION_PDF_TYPE).status())
                .isEqualTo(201);
        Response blocked = api.post(later.token(), "/api/agencies/me/submission", null);
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(422);
        assertThat(blocked.errorFields()).containsExactly("otherPractitioners[1].idNumber");
        assertThat(blocked.fieldErrors().get(0).get("message").toString()).contains("孙助理").contains("另一家机构");
        assertThat(api.get(later.token(), "/api/agencies/me").json().get("status")).as("nothing changed").isEqualTo("DRAFT");

        // the earlier agency withdraws from the pool: its record ended, the later submission passes
        Response withdrawn = api.post(first.token(), "/api/agencies/me/withdrawal", Map.of("reason", "停止执业"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        Response submitted = api.post(later.token(), "/api/agencies/me/submission", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }
}
