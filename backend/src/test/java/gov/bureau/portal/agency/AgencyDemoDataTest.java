package gov.bureau.portal.agency;

import gov.bureau.portal.support.DemoDataTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** PORTAL_DEMO=true: the demo agencies exist in every status, through the same rules as real ones. */
@MicronautTest(transactional = false)
class AgencyDemoDataTest extends DemoDataTest {

    @Test
    void demoAgenciesCoverEveryStatus() {
        String staff = token("staff");
        Map<String, String> statusOf = new HashMap<>();
        for (int i = 1; i <= 15; i++) {
            String username = "agency" + i;
            Response me = api.get(token(username), "/api/agencies/me");
            assertThat(me.status()).as(username).isEqualTo(200);
            statusOf.put(username, (String) me.get("status") + (me.get("changeState") == null ? "" : "/" + me.get("changeState")));
        }
        assertThat(statusOf).containsEntry("agency1", "APPROVED").containsEntry("agency7", "APPROVED")
                .containsEntry("agency8", "SUSPENDED").containsEntry("agency9", "SUBMITTED").containsEntry("agency10", "SUBMITTED")
                .containsEntry("agency11", "RETURNED").containsEntry("agency12", "DRAFT").containsEntry("agency13", "REJECTED")
                .containsEntry("agency14", "WITHDRAWN").containsEntry("agency15", "APPROVED/SUBMITTED");
        assertThat(api.get(staff, "/api/agencies?pendingReview=true&size=100").content()).extracting(r -> r.get("name"))
                .contains("常州致远管理咨询有限公司", "扬州信达会计师事务所", "盐城中正会计师事务所有限公司");

        Response resubmitted = api.get(staff, "/api/agencies?q=" + java.net.URLEncoder.encode("扬州信达", java.nio.charset.StandardCharsets.UTF_8));
        long id = ((Number) resubmitted.content().get(0).get("id")).longValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> pending = (Map<String, Object>) api.get(staff, "/api/agencies/" + id).get("pendingReview");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> changes = (List<Map<String, Object>>) pending.get("changes");
        assertThat(changes).extracting(c -> c.get("field")).containsExactly("registeredCapital");

        Response directory = api.get(null, "/api/public/agencies?size=100");
        assertThat(directory.content()).extracting(r -> r.get("name")).contains("江苏金陵会计师事务所（特殊普通合伙）", "无锡华誉资产评估事务所")
                .doesNotContain("徐州汇通会计师事务所", "南通启航律师事务所");
        Response flagged = api.get(Users.adminToken(api), "/api/agencies?attention=true&size=100");
        assertThat(flagged.content()).extracting(r -> r.get("name")).contains("南京恒信资产评估有限公司", "江苏正衡工程咨询有限公司");
    }
}
