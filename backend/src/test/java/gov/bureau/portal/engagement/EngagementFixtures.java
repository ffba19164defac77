package gov.bureau.portal.engagement;

import gov.bureau.portal.support.TestClient;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestCodes;
import gov.bureau.portal.support.TestDatabase;
import gov.bureau.portal.support.Users;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test data for engagements: approved agencies in the pool (written straight into the agency tables,
 * as an approved registration leaves them), their accounts, and engagements taken along their
 * lifecycle through the API.
 */
public final class EngagementFixtures {

    public static final String STAFF_PASSWORD = Users.PASSWORD;

    private final TestClient api;
    private final String staff;
    private final long staffId;

    public EngagementFixtures(TestClient api, String staffUsername) {
        this.api = api;
        this.staff = Users.tokenFor(api, staffUsername, "STAFF");
        this.staffId = ((Number) api.get(staff, "/api/me").get("id")).longValue();
    }

    public String staff() {
        return staff;
    }

    public long staffId() {
        return staffId;
    }

    public String admin() {
        return Users.adminToken(api);
    }

    /** An approved agency with one lead evaluator and one other practitioner; answers its id. */
    public static Agency approvedAgency(String name, String... interestUnits) {
        try (Connection c = TestDatabase.connect()) {
            Timestamp now = Timestamp.from(Instant.now());
            long id = gov.bureau.portal.support.AgencyRows.insert(c, name, TestCodes.uscc(), gov.bureau.portal.agency.AgencyStatus.APPROVED);
            long lead = person(c, id, "LEAD_EVALUATOR", "张主评", now);
            long member = person(c, id, "OTHER", "李成员", now);
            for (String unit : interestUnits) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO agency_interest_unit (agency_id, unit_name) VALUES (?, ?)")) {
                    s.setLong(1, id);
                    s.setString(2, unit);
                    s.executeUpdate();
                }
            }
            return new Agency(id, name, lead, member);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long person(Connection c, long agencyId, String role, String name, Timestamp now) throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO agency_person (agency_id, role, name, id_type, id_number, title, "
                + "created_at, updated_at) VALUES (?, ?, ?, 'RESIDENT_ID', ?, '高级会计师', ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, agencyId);
            s.setString(2, role);
            s.setString(3, name);
            s.setString(4, gov.bureau.portal.support.Agencies.ownResidentId("fixture-agency-" + agencyId, 2)); // one agency's people only
            s.setTimestamp(5, now);
            s.setTimestamp(6, now);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public record Agency(long id, String name, long leadId, long memberId) {
    }

    /** A signed-in account of the agency (created by the admin). */
    public String agencyToken(long agencyId) {
        String username = "ag" + Long.toString(System.nanoTime() % 10_000_000_000L, 36);
        Response r = api.post(admin(), "/api/users", Map.of("username", username, "displayName", "机构用户 " + username,
                "roles", List.of("AGENCY"), "password", Users.PASSWORD, "agencyId", agencyId));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return api.token(username, Users.PASSWORD);
    }

    public Map<String, Object> form(String title, String commissioningUnit, String... units) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("type", "KEY_EVALUATION");
        form.put("commissioningUnit", commissioningUnit);
        List<Object> evaluated = new ArrayList<>();
        for (String u : units) {
            evaluated.add(Map.of("unit", u, "project", u + "专项资金", "funds", "1200000.00"));
        }
        form.put("evaluatedUnits", evaluated);
        form.put("fundsInvolved", "5000000.00");
        form.put("fee", "100000.00");
        form.put("plannedStart", LocalDate.now().toString());
        form.put("plannedEnd", LocalDate.now().plusMonths(3).toString());
        form.put("supervisorId", staffId);
        return form;
    }

    public long create(String title) {
        Response r = api.post(staff, "/api/engagements", form(title, "委托方" + title, "被评价单位" + title));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    public Response get(long id) {
        return api.get(staff, "/api/engagements/" + id);
    }

    public String state(long id) {
        return (String) get(id).get("state");
    }

    public void merit(long id, long agencyId) {
        Response r = api.post(staff, "/api/engagements/" + id + "/selection",
                Map.of("method", "MERIT", "agencyId", agencyId, "justification", "信用等级高，同类业绩多"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    public void confirm(long id, String agency) {
        Response r = api.post(agency, "/api/engagements/" + id + "/confirmation", Map.of("accept", true, "noConflictOfInterest", true));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    public Map<String, Object> plan(Agency agency, String start) {
        return Map.of(
                "team", List.of(Map.of("personId", agency.leadId(), "role", "LEAD", "duty", "项目负责"),
                        Map.of("personId", agency.memberId(), "role", "MEMBER", "duty", "数据采集")),
                "schedule", List.of(Map.of("name", "现场调研", "dueOn", start)),
                "indicators", List.of(Map.of("name", "决策", "weight", 20), Map.of("name", "过程", "weight", 30),
                        Map.of("name", "产出", "weight", 25), Map.of("name", "效益", "weight", 25)),
                "samplingCoverage", "抽取 30% 的项目单位，覆盖资金 60% 以上",
                "method", "资料核查、现场勘察、问卷调查、座谈访谈");
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    public long upload(String token, long id, String purpose, byte[] content, String name) {
        Response r = api.send(io.micronaut.http.HttpRequest.POST("/api/engagements/" + id + "/documents",
                        io.micronaut.http.client.multipart.MultipartBody.builder()
                                .addPart("purpose", purpose)
                                .addPart("file", name, io.micronaut.http.MediaType.APPLICATION_PDF_TYPE, content).build())
                .contentType(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE), token);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    /** Takes a new engagement with this agency to REPORT_APPROVED through the API. */
    public long reportApproved(String title, Agency agency, String agencyToken) {
        long id = create(title);
        merit(id, agency.id());
        confirm(id, agencyToken);
        Response plan = api.post(agencyToken, "/api/engagements/" + id + "/plans", plan(agency, LocalDate.now().plusDays(10).toString()));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        assertThat(api.post(staff, "/api/engagements/" + id + "/plans/" + plan.id() + "/review", Map.of("decision", "APPROVE")).status()).isEqualTo(200);
        assertThat(api.post(agencyToken, "/api/engagements/" + id + "/fieldwork", Map.of()).status()).isEqualTo(204);
        long doc = upload(agencyToken, id, "REPORT", pdf("final report"), "报告.pdf");
        Response report = api.post(agencyToken, "/api/engagements/" + id + "/reports", Map.of("kind", "FINAL", "documentId", doc));
        assertThat(report.status()).as(report.toString()).isEqualTo(201);
        assertThat(api.post(staff, "/api/engagements/" + id + "/reports/" + report.id() + "/review", Map.of("decision", "APPROVE")).status()).isEqualTo(200);
        assertThat(state(id)).isEqualTo("REPORT_APPROVED");
        return id;
    }

    /** Scores all items with these points (in template order). */
    public Response assess(String token, long id, double... points) {
        List<Map<String, Object>> items = templateItems();
        List<Map<String, Object>> scores = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            scores.add(Map.of("itemId", items.get(i).get("id"), "points", points[i]));
        }
        return api.post(token, "/api/engagements/" + id + "/assessment", Map.of("scores", scores, "comment", "按模板评分"));
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> templateItems() {
        return (List<Map<String, Object>>) api.get(staff, "/api/scoring-templates/current").get("items");
    }
}
