package gov.bureau.portal.common;

import gov.bureau.portal.engagement.EngagementFixtures;
import gov.bureau.portal.support.AccessCatalog;
import gov.bureau.portal.support.AccessRule;
import gov.bureau.portal.support.Agencies;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.ServedApi;
import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, "bad input never gets a 500": odd sort and page values on every list (discovered from the
 * served OpenAPI document) are 400 with a field error, and the one rule for 400 or 422 (CONTRIBUTING):
 * 400 for a request wrong on its own (missing, wrong type, unknown value, outside its declared bounds,
 * too many decimals), 422 for a well-formed request that a domain rule refuses.
 */
@MicronautTest(transactional = false)
class BadInputTest extends IntegrationTest {

    private final Map<String, String> tokens = new HashMap<>();
    private List<ServedApi.Route> routes;

    @BeforeAll
    void signIn() {
        tokens.put("ADMIN", gov.bureau.portal.support.Users.adminToken(api));
        tokens.put("STAFF", gov.bureau.portal.support.Users.tokenFor(api, unique("bad"), "STAFF"));
        tokens.put("AGENCY", Agencies.register(api).token());
        routes = ServedApi.fetch(api).routes();
    }

    @Test
    void oddSortValuesAreAFieldErrorOnEveryList() {
        List<ServedApi.Route> sorted = routes.stream().filter(r -> r.method().equals("GET") && r.hasQuery("sort")).toList();
        assertThat(sorted).hasSizeGreaterThanOrEqualTo(15);
        List<String> failures = new ArrayList<>();
        for (ServedApi.Route route : sorted) {
            String path = route.path(p -> "987654321");
            for (String sort : List.of(",", "", " ", ",,desc", ",desc", "name,", "name,up", "name,desc,asc", "nosuchfield",
                    "passwordHash", "name;DROP TABLE agency", "名称", "%00")) {
                String uri = path + "?sort=" + URLEncoder.encode(sort, StandardCharsets.UTF_8);
                Response r = api.get(tokens.get(roleFor(route)), uri);
                boolean missing = r.status() == 404 && route.path().contains("{");
                if (!missing && (r.status() != 400 || !r.errorFields().contains("sort"))) {
                    failures.add(roleFor(route) + " " + uri + " → " + r);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void pageAndSizeOutOfRangeAreFieldErrorsOnEveryList() {
        List<ServedApi.Route> paged = routes.stream().filter(r -> r.method().equals("GET") && r.hasQuery("page")).toList();
        assertThat(paged).hasSizeGreaterThanOrEqualTo(10);
        List<String> failures = new ArrayList<>();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("page=-1", "page");
        cases.put("page=99999999999", "page");
        cases.put("page=1e3", "page");
        cases.put("page=abc", "page");
        cases.put("size=0", "size");
        cases.put("size=101", "size");
        cases.put("size=-5", "size");
        cases.put("size=2147483648", "size");
        for (ServedApi.Route route : paged) {
            String path = route.path(p -> p.name().equals("year") ? "2000" : "987654321");
            cases.forEach((query, field) -> {
                Response r = api.get(tokens.get(roleFor(route)), path + "?" + query);
                boolean missing = r.status() == 404 && route.path().contains("{");
                if (!missing && (r.status() != 400 || !r.errorFields().contains(field))) {
                    failures.add(roleFor(route) + " " + path + "?" + query + " → " + r);
                }
            });
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void paymentsFollowTheOneRule() {
        EngagementFixtures f = new EngagementFixtures(api, unique("bip"));
        EngagementFixtures.Agency agency = EngagementFixtures.approvedAgency(unique("付款规则机构"));
        String agencyToken = f.agencyToken(agency.id());
        long id = f.create(unique("付款规则"));
        f.merit(id, agency.id());
        f.confirm(id, agencyToken);
        String path = "/api/engagements/" + id + "/payments";
        String today = LocalDate.now().toString();

        // wrong on its own: 400 with the field
        for (Object amount : List.of("0", "0.00", "-5.00", -1, "1.005", "12.345")) {
            Response r = api.post(f.staff(), path, Map.of("amount", amount, "paidOn", today, "reference", "x"));
            assertThat(r.status()).as(amount + ": " + r).isEqualTo(400);
            assertThat(r.errorFields()).as(amount + ": " + r).containsExactly("amount");
        }
        Response recovery = api.post(f.staff(), path, Map.of("amount", "0", "paidOn", today, "reference", "x", "kind", "RECOVERY"));
        assertThat(recovery.status()).as(recovery.toString()).isEqualTo(400);
        Response typed = api.raw(f.staff(), "POST", path, "{\"amount\":\"abc\",\"paidOn\":\"" + today + "\",\"reference\":\"x\"}",
                MediaType.APPLICATION_JSON_TYPE, x -> x);
        assertThat(typed.status()).as(typed.toString()).isEqualTo(400);
        Response missing = api.post(f.staff(), path, Map.of("paidOn", today, "reference", "x"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("amount");
        Response badKind = api.post(f.staff(), path, Map.of("amount", "1.00", "paidOn", today, "reference", "x", "kind", "GIFT"));
        assertThat(badKind.status()).as(badKind.toString()).isEqualTo(400);
        Response badDate = api.post(f.staff(), path, Map.of("amount", "1.00", "paidOn", "2026-02-30", "reference", "x"));
        assertThat(badDate.status()).as(badDate.toString()).isEqualTo(400);

        // well-formed, refused by a rule that needs the stored state: 422
        Response aboveAdvance = api.post(f.staff(), path, Map.of("amount", "30000.01", "paidOn", today, "reference", "x"));
        assertThat(aboveAdvance.status()).isEqualTo(422);
        assertThat(aboveAdvance.errorFields()).containsExactly("amount");
        Response future = api.post(f.staff(), path, Map.of("amount", "1.00", "paidOn", LocalDate.now().plusDays(3).toString(), "reference", "x"));
        assertThat(future.status()).isEqualTo(422);
        Response beforeContract = api.post(f.staff(), path, Map.of("amount", "1.00", "paidOn", "2001-01-01", "reference", "x"));
        assertThat(beforeContract.status()).isEqualTo(422);
        assertThat(api.get(f.staff(), "/api/engagements/" + id + "/fee").get("paidAmount")).isEqualTo(0.0);
    }

    @Test
    void otherRoutesFollowTheOneRule() {
        EngagementFixtures f = new EngagementFixtures(api, unique("bio"));
        // an evaluated unit's own fields are wrong: 400; a rule beside them (an unknown supervisor): 422 with all
        Map<String, Object> units = f.form(unique("单位资金"), "某市财政局", "某单位");
        units.put("evaluatedUnits", List.of(Map.of("unit", "某单位", "funds", "-5")));
        Response r = api.post(f.staff(), "/api/engagements", units);
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("evaluatedUnits[0].funds");
        units.put("supervisorId", 987654321);
        Response mixed = api.post(f.staff(), "/api/engagements", units);
        assertThat(mixed.status()).isEqualTo(422);
        assertThat(mixed.errorFields()).containsExactlyInAnyOrder("evaluatedUnits[0].funds", "supervisorId");

        // negative points are wrong on their own (400); points above an item's maximum break the template (422)
        EngagementFixtures.Agency agency = EngagementFixtures.approvedAgency(unique("评分规则机构"));
        long id = f.reportApproved(unique("评分规则"), agency, f.agencyToken(agency.id()));
        Response negative = f.assess(f.staff(), id, -1, 13, 17, 20, 21);
        assertThat(negative.status()).as(negative.toString()).isEqualTo(400);
        assertThat(negative.errorFields()).containsExactly("scores[0].points");
        Response above = f.assess(f.staff(), id, 999, 13, 17, 20, 21);
        assertThat(above.status()).as(above.toString()).isEqualTo(422);

        // an upload without its file, or with an unknown category: 400
        Agencies.Registered a = Agencies.register(api);
        Response noFile = api.send(HttpRequest.POST("/api/agencies/me/documents",
                io.micronaut.http.client.multipart.MultipartBody.builder().addPart("category", "OTHER").build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), a.token());
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.errorFields()).containsExactly("file");
        Response category = Agencies.upload(api, a.token(), "SELFIE", "x.pdf", Agencies.pdf(), MediaType.APPLICATION_PDF_TYPE);
        assertThat(category.status()).isEqualTo(400);
        assertThat(category.errorFields()).containsExactly("category");
    }

    @Test
    void unreadableLanguageAndAcceptHeadersAreReadAsAbsent() {
        for (String language : List.of(",,,", ";q=0.5", "en,", "zz-ZZ;q=abc")) {
            Response r = api.send(HttpRequest.GET("/api/users").header("Accept-Language", language), null);
            assertThat(r.status()).as(language + ": " + r).isEqualTo(401);
            assertThat(r.get("message")).as(language).isEqualTo("请先登录，或登录已过期");
            Response signedIn = api.send(HttpRequest.GET("/api/users").header("Accept-Language", language), tokens.get("ADMIN"));
            assertThat(signedIn.status()).as(language + ": " + signedIn).isEqualTo(200);
        }
        for (String accept : List.of(",,,", ";q=1")) {
            Response r = api.send(HttpRequest.GET("/api/users").header("Accept", accept), tokens.get("ADMIN"));
            assertThat(r.status()).as(accept + ": " + r).isEqualTo(200);
        }
    }

    /** The first role allowed to call the route (anonymous for public ones), from the access catalog. */
    private String roleFor(ServedApi.Route route) {
        String template = route.path().replaceAll("\\{[^}]+}", "{}");
        return AccessCatalog.all().stream()
                .filter(a -> a.method().equals(route.method()) && a.path().replaceAll("\\{[^}]+}", "{}").equals(template))
                .findFirst()
                .map(a -> a.allowed().contains(AccessRule.ANONYMOUS) ? "ANONYMOUS"
                        : a.allowed().contains("ADMIN") ? "ADMIN" : a.allowed().stream().filter(tokens::containsKey).findFirst().orElse("ADMIN"))
                .orElse("ADMIN");
    }
}
