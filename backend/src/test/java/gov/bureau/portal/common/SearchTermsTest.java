package gov.bureau.portal.common;

import gov.bureau.portal.support.AccessCatalog;
import gov.bureau.portal.support.AccessRule;
import gov.bureau.portal.support.Agencies;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.ServedApi;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestDatabase;
import gov.bureau.portal.support.Users;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8: a search term in Chinese (any non-ASCII text) works on every list that takes {@code q}.
 * The lists are discovered from the served OpenAPI document, so a new list is covered by itself.
 */
@MicronautTest(transactional = false)
class SearchTermsTest extends IntegrationTest {

    private final Map<String, String> tokens = new HashMap<>();

    @BeforeAll
    void signIn() {
        tokens.put("ADMIN", Users.adminToken(api));
        tokens.put("STAFF", Users.tokenFor(api, unique("sqt"), "STAFF"));
        tokens.put("AGENCY", Agencies.register(api).token());
    }

    @Test
    void everyListWithQAnswersAChineseSearch() {
        List<ServedApi.Route> lists = ServedApi.fetch(api).routes().stream()
                .filter(r -> r.method().equals("GET") && r.hasQuery("q")).toList();
        assertThat(lists).as("lists that take q").hasSizeGreaterThanOrEqualTo(13);
        List<String> failures = new ArrayList<>();
        String year = String.valueOf(publishedYear());
        for (ServedApi.Route route : lists) {
            String path = route.path(p -> p.name().equals("year") ? year : "987654321");
            for (String term : List.of("评价", "中国 评估", "Ünïcode ✓", "😀")) {
                String uri = path + "?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8);
                for (String role : rolesFor(route)) {
                    Response r = api.get(tokens.get(role), uri);
                    if (r.status() != 200) {
                        failures.add(role + " " + uri + " → " + r.status() + " " + abbreviate(r.raw()));
                    }
                }
            }
        }
        assertThat(failures).as("lists that failed a non-ASCII search").isEmpty();
    }

    @Test
    void aChineseNameIsFoundOnTheAgencyLists() {
        Agencies.Registered registered = Agencies.approved(api);
        String name = registered.name();
        assertThat(name).as("the test agency has a Chinese name").matches(".*[\\u4e00-\\u9fff].*");
        String part = URLEncoder.encode(name.substring(2), StandardCharsets.UTF_8);
        Response list = api.get(tokens.get("STAFF"), "/api/agencies?size=100&q=" + part);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.content()).extracting(m -> ((Number) m.get("id")).longValue()).contains(registered.id());
        Response standings = api.get(tokens.get("STAFF"), "/api/credit-standings?size=100&q=" + part);
        assertThat(standings.status()).as(standings.toString()).isEqualTo(200);
    }

    /** Every text column of the schema uses one character set and collation, so no comparison mixes them. */
    @Test
    void everyTextColumnIsUtf8mb4WithOneCollation() throws Exception {
        List<String> odd = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name, column_name, character_set_name, collation_name"
                     + " FROM information_schema.columns WHERE table_schema = DATABASE() AND character_set_name IS NOT NULL"
                     + " AND table_name <> 'flyway_schema_history'"
                     + " AND (character_set_name <> 'utf8mb4' OR collation_name <> 'utf8mb4_unicode_ci')")) {
            while (rs.next()) {
                odd.add(rs.getString(1) + "." + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
        }
        assertThat(odd).isEmpty();
    }

    /** A year with published credit results (publishing one no other test uses when none is). */
    private int publishedYear() {
        List<Integer> years = api.get(null, "/api/public/credit-results").list().stream()
                .map(p -> ((Number) ((Map<?, ?>) p).get("year")).intValue()).toList();
        if (!years.isEmpty()) {
            return years.get(0);
        }
        int year = 2000;
        Response r = api.post(tokens.get("ADMIN"), "/api/credit-results", Map.of("year", year, "note", "检索测试"));
        assertThat(r.status()).as(r.toString()).isIn(201, 409);
        return year;
    }

    private List<String> rolesFor(ServedApi.Route route) {
        String template = route.path().replaceAll("\\{[^}]+}", "{}");
        return AccessCatalog.all().stream()
                .filter(a -> a.method().equals(route.method()) && a.path().replaceAll("\\{[^}]+}", "{}").equals(template))
                .findFirst()
                .map(a -> a.allowed().contains(AccessRule.ANONYMOUS) ? List.of("ANONYMOUS", "AGENCY")
                        : a.allowed().stream().filter(tokens::containsKey).sorted().toList())
                .orElse(List.of("ADMIN"));
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) : s;
    }
}
