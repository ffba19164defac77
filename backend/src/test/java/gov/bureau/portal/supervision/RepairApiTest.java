package gov.bureau.portal.supervision;

import gov.bureau.portal.credit.MovableClock;
import gov.bureau.portal.engagement.EngagementFixtures;
import gov.bureau.portal.engagement.EngagementFixtures.Agency;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credit repair by procedure (信用修复, API.md "Supervision"): too early before the minimum disclosure
 * period; the agency applies with its commitment, STAFF reviews, ADMIN decides; the event stops counting
 * and the public record shows the repair date; an agency offending again within the period cannot repair
 * again. The portal's clock moves forward (MovableClock), so that months pass.
 */
@MicronautTest(transactional = false)
class RepairApiTest extends IntegrationTest {

    @Inject
    MovableClock clock;
    @Inject
    BureauClock bureau;

    private EngagementFixtures f;
    private String staff;
    private String admin;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("credit-test.movable-clock", "true");
    }

    @BeforeAll
    void fixtures() {
        f = new EngagementFixtures(api, unique("rep"));
        staff = f.staff();
        admin = f.admin();
    }

    private long effectiveEvent(Agency agency, String token, String type) {
        Response proposed = api.post(staff, "/api/credit-events", Map.of("agencyId", agency.id(), "type", type, "evidence", "检查发现"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        long event = proposed.id();
        assertThat(api.post(token, "/api/credit-events/" + event + "/waiver", Map.of()).status()).isEqualTo(200);
        assertThat(api.get(token, "/api/credit-events/" + event).get("status")).isEqualTo("EFFECTIVE");
        return event;
    }

    private static long id(Object o) {
        return ((Number) o).longValue();
    }

    @Test
    void creditRepairByProcedure() {
        Agency agency = EngagementFixtures.approvedAgency(unique("修复机构"));
        String token = f.agencyToken(agency.id());
        Agency other = EngagementFixtures.approvedAgency(unique("他人机构"));
        String otherToken = f.agencyToken(other.id());
        long event = effectiveEvent(agency, token, "SKIPPED_SITE_VERIFICATION");
        LocalDate since = bureau.today();
        assertThat(api.get(token, "/api/agencies/" + agency.id() + "/credit").get("score")).isEqualTo(75);

        Map<String, Object> application = Map.of("eventId", event, "commitment", true, "explanation", "已补做现场核查并完善制度",
                "correctionProof", "整改报告");
        Response early = api.post(token, "/api/agencies/me/credit-repairs", application);
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("REPAIR_TOO_EARLY");
        assertThat((String) early.json().get("message")).contains(since.plusMonths(3).toString());
        assertThat(api.post(token, "/api/agencies/me/credit-repairs", Map.of("eventId", event, "commitment", false,
                "explanation", "x")).errorFields()).containsExactly("commitment");
        assertThat(api.post(token, "/api/agencies/me/credit-repairs", Map.of("commitment", true, "explanation", "x"))
                .errorFields()).containsExactly("eventId");
        assertThat(api.post(otherToken, "/api/agencies/me/credit-repairs", application).errorFields()).containsExactly("eventId");

        clock.advanceDays(100);
        LocalDate today = bureau.today();
        Response applied = api.post(token, "/api/agencies/me/credit-repairs", application);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        long repair = applied.id();
        assertThat(api.post(token, "/api/agencies/me/credit-repairs", application).code()).isEqualTo("REPAIR_PENDING");
        assertThat(api.get(otherToken, "/api/credit-repairs/" + repair).status()).isEqualTo(404);
        assertThat(api.get(token, "/api/credit-repairs/" + repair).get("status")).isEqualTo("APPLIED");
        assertThat(api.post(admin, "/api/credit-repairs/" + repair + "/decision", Map.of("outcome", "GRANTED", "comment", "同意"))
                .code()).isEqualTo("REPAIR_NOT_REVIEWED");
        Response reviewed = api.post(staff, "/api/credit-repairs/" + repair + "/review",
                Map.of("recommendation", "GRANT", "comment", "整改到位"));
        assertThat(reviewed.get("status")).isEqualTo("REVIEWED");
        assertThat(api.post(staff, "/api/credit-repairs/" + repair + "/decision", Map.of("outcome", "GRANTED", "comment", "同意"))
                .status()).isEqualTo(403);
        assertThat(api.post(admin, "/api/credit-repairs/" + repair + "/decision", Map.of("outcome", "MAYBE", "comment", "x"))
                .errorFields()).containsExactly("outcome");
        Response granted = api.post(admin, "/api/credit-repairs/" + repair + "/decision", Map.of("outcome", "GRANTED", "comment", "同意修复"));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        assertThat(granted.get("repairedOn")).isEqualTo(today.toString());
        assertThat(api.post(admin, "/api/credit-repairs/" + repair + "/decision", Map.of("outcome", "REFUSED", "comment", "x"))
                .code()).isEqualTo("REPAIR_DECIDED");
        assertThat(api.get(token, "/api/agencies/" + agency.id() + "/credit").get("score")).isEqualTo(80);
        assertThat(api.get(token, "/api/credit-events/" + event).get("expiresOn")).isEqualTo(today.toString());
        assertThat(api.get(null, "/api/public/credit-repairs?year=" + today.getYear() + "&size=100").content())
                .filteredOn(r -> id(r.get("agencyId")) == agency.id())
                .extracting(r -> r.get("repairedOn") + "/" + r.get("kind")).containsExactly(today + "/EVENT");
        assertThat(api.get(token, "/api/agencies/me/credit-repairs").content()).extracting(r -> id(r.get("id"))).containsExactly(repair);
        assertThat(api.get(staff, "/api/credit-repairs?status=GRANTED&agencyId=" + agency.id()).content()).hasSize(1);
        // who applied, reviewed and decided, as people are named (display names, not user names)
        Map<String, Object> shown = api.get(staff, "/api/credit-repairs?status=GRANTED&agencyId=" + agency.id()).content().get(0);
        assertThat(String.valueOf(shown.get("appliedBy"))).startsWith("机构用户 ");
        assertThat(String.valueOf(shown.get("reviewedBy"))).startsWith("测试 rep");
        assertThat(shown).containsEntry("decidedBy", "系统管理员");
        assertThat(String.valueOf(api.get(token, "/api/credit-repairs/" + repair).get("reviewedBy"))).startsWith("测试 rep");

        // offending again within the period after a repair: no second repair, even once its disclosure has passed
        long again = effectiveEvent(agency, token, "UNDECLARED_INTEREST");
        clock.advanceDays(100);
        Response second = api.post(token, "/api/agencies/me/credit-repairs", Map.of("eventId", again, "commitment", true,
                "explanation", "再次申请"));
        assertThat(second.code()).as(second.toString()).isEqualTo("REPAIR_NOT_AGAIN");
    }
}
