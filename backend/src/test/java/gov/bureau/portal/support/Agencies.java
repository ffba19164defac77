package gov.bureau.portal.support;

import gov.bureau.portal.agency.validation.ResidentId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Agencies for tests, made through the API as a real agency and a real reviewer would: register,
 * fill in the profile, upload the business licence, submit, approve. Other areas' tests use
 * {@link #approved(TestClient)} for an agency in the pool with its token.
 */
public final class Agencies {

    private Agencies() {
    }

    /** A registered agency: its id, its account and what it registered with. */
    public record Registered(long id, String username, String token, String name, String uscc) {
    }

    public static Registered register(TestClient api) {
        return register(api, "测试" + Long.toString(System.nanoTime() % 10_000_000_000L, 36) + "会计师事务所");
    }

    public static Registered register(TestClient api, String name) {
        String username = "ag" + Long.toString(System.nanoTime() % 10_000_000_000L, 36);
        String uscc = TestCodes.uscc();
        TestClient.Response r = api.post(null, "/api/registrations", registration(username, name, uscc));
        if (r.status() != 201) {
            throw new IllegalStateException("cannot register " + name + ": " + r);
        }
        long id = ((Number) r.get("agencyId")).longValue();
        return new Registered(id, username, api.token(username, Users.PASSWORD), name, uscc);
    }

    public static Map<String, Object> registration(String username, String name, String uscc) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", Users.PASSWORD);
        body.put("agencyName", name);
        body.put("uscc", uscc);
        body.put("agencyType", "ACCOUNTING_FIRM");
        body.put("contactName", "王联系");
        body.put("contactPhone", "13912345678");
        body.put("email", "contact@example.cn");
        return body;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, Integer> INDEX = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();
    private static final int BASE = new java.security.SecureRandom().nextInt(1000);

    /**
     * This agency's own people and contacts, the same on every call for one USCC and different for every
     * agency: one practitioner is listed by one agency (DOMAIN.md §12), and agencies of different tests must
     * not look related by a shared phone, address or person.
     */
    private static int index(String uscc) {
        return INDEX.computeIfAbsent(uscc, k -> NEXT.getAndIncrement());
    }

    public static String ownResidentId(String uscc, int which) {
        int i = index(uscc) * 4 + which;
        return ResidentId.compose("320102", LocalDate.of(1950, 1, 1).plusDays(i % 18000), (BASE + i / 18000) % 1000);
    }

    /** A profile with every block a submission needs (documents come by upload). */
    public static Map<String, Object> completeProfile(String name, String uscc) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("uscc", uscc);
        p.put("agencyType", "ACCOUNTING_FIRM");
        p.put("independentLegalPerson", true);
        int own = index(uscc);
        p.put("registeredAddress", "江苏省南京市鼓楼区中山北路 " + BASE + "-" + own + " 号");
        p.put("foundedOn", "2008-06-18");
        p.put("registeredCapital", "5000000.00");
        p.put("contactName", "王联系");
        p.put("contactPhone", String.format("025-8%03d%04d", BASE, own % 10000));
        p.put("email", "contact@example.cn");
        p.put("businessScope", "审计、会计咨询、预算绩效评价");
        p.put("qualitySystem", "三级复核制度；项目资料保密制度");
        p.put("legalRepresentative", Map.of("name", "陈法人", "idType", "RESIDENT_ID",
                "idNumber", ownResidentId(uscc, 0), "phone", "13800138000"));
        p.put("leadEvaluators", List.of(person("张主评", ownResidentId(uscc, 1),
                "高级会计师", List.of(Map.of("certType", "注册会计师", "certNumber", "320100010023",
                        "issuedOn", "2010-01-01", "expiresOn", LocalDate.now().plusYears(2).toString())))));
        p.put("branches", List.of(Map.of("name", "苏州分所", "address", "苏州市姑苏区人民路 8 号", "principal", "刘分所",
                "phone", "0512-66778899")));
        p.put("experts", List.of(Map.of("name", "赵专家", "field", "教育经费管理", "title", "教授", "employer", "南京某大学")));
        p.put("otherPractitioners", List.of(Map.of("name", "钱助理", "position", "项目助理", "title", "会计师")));
        p.put("trackRecord", List.of(Map.of("client", "南京市某区财政局", "project", "2023 年义务教育经费绩效评价",
                "year", 2024, "amount", "180000.00", "result", "优秀", "workType", "KEY_EVALUATION")));
        p.put("declarationAccepted", true);
        p.put("interestUnits", List.of(Map.of("unitName", "南京市某区审计局", "relationship", "常年审计顾问")));
        return p;
    }

    public static Map<String, Object> person(String name, String idNumber, String title, List<Map<String, Object>> certs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("idType", "RESIDENT_ID");
        m.put("idNumber", idNumber);
        m.put("title", title);
        m.put("yearsExperience", 12);
        m.put("certificates", new ArrayList<>(certs));
        return m;
    }

    /** A small but real PDF. */
    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    public static TestClient.Response upload(TestClient api, String token, String category, String fileName, byte[] bytes,
                                             MediaType declared) {
        MultipartBody body = MultipartBody.builder().addPart("file", fileName, declared, bytes).addPart("category", category).build();
        return api.send(HttpRequest.POST("/api/agencies/me/documents", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token);
    }

    /** Fills in the whole profile, uploads the licence and submits. */
    public static void submitComplete(TestClient api, Registered a) {
        TestClient.Response saved = api.put(a.token(), "/api/agencies/me", completeProfile(a.name(), a.uscc()));
        check(saved, 200);
        check(upload(api, a.token(), "BUSINESS_LICENCE", "营业执照.pdf", pdf(), MediaType.APPLICATION_PDF_TYPE), 201);
        check(api.post(a.token(), "/api/agencies/me/submission", null), 200);
    }

    /** An agency in the pool (APPROVED) with its token, approved by the admin. */
    public static Registered approved(TestClient api) {
        Registered a = register(api);
        submitComplete(api, a);
        check(api.post(Users.adminToken(api), "/api/agencies/" + a.id() + "/review", Map.of("decision", "APPROVE")), 200);
        return a;
    }

    private static void check(TestClient.Response r, int status) {
        if (r.status() != status) {
            throw new IllegalStateException("expected " + status + ": " + r);
        }
    }
}
