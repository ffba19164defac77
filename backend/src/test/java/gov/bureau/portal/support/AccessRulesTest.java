package gov.bureau.portal.support;

import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every endpoint of {@link AccessCatalog}: anonymous callers get 401 (unless public), each role
 * that may not gets 403, each role that may is let through.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesTest extends gov.bureau.portal.support.IntegrationTest {

    @Inject
    Router router;

    private final Map<String, String> tokens = new HashMap<>();
    private String staff;
    private String agency;
    private String expert;
    private String unit;

    @BeforeAll
    void signInEveryRole() {
        staff = unique("acs");
        tokens.put("ADMIN", Users.adminToken(api));
        tokens.put("STAFF", Users.tokenFor(api, staff, "STAFF"));
        Agencies.Registered registered = Agencies.register(api);
        agency = registered.username();
        tokens.put("AGENCY", registered.token());
        Experts.Registered registeredExpert = Experts.register(api, unique("acx"));
        expert = registeredExpert.username();
        tokens.put("EXPERT", registeredExpert.token());
        Users.UnitAccount unitAccount = Users.unitAccount(api, unique("acu"));
        unit = unitAccount.username();
        tokens.put("UNIT", unitAccount.token());
    }

    /** Signing out ends the session of the token used: the next rules need new ones. */
    private void signInAgain() {
        List.of("admin", staff, agency, expert, unit).forEach(api::forget);
        tokens.put("ADMIN", Users.adminToken(api));
        tokens.put("STAFF", api.token(staff, Users.PASSWORD));
        tokens.put("AGENCY", api.token(agency, Users.PASSWORD));
        tokens.put("EXPERT", api.token(expert, Users.PASSWORD));
        tokens.put("UNIT", api.token(unit, Users.PASSWORD));
    }

    static List<AccessRule> rules() {
        return AccessCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void onlyTheAllowedRolesGetThrough(AccessRule rule) {
        Response anonymous = call(rule, null);
        if (rule.allowed().contains(AccessRule.ANONYMOUS)) {
            assertThat(anonymous.status()).as("anonymous " + rule + " " + anonymous).isNotIn(401, 403);
        } else {
            assertThat(anonymous.status()).as("anonymous " + rule + " " + anonymous).isEqualTo(401);
        }
        for (String role : AccessRule.ROLES) {
            Response r = call(rule, tokens.get(role));
            if (rule.allowed().contains(role)) {
                assertThat(r.status()).as(role + " " + rule + " " + r).isNotIn(401, 403).isLessThan(500);
            } else {
                assertThat(r.status()).as(role + " " + rule + " " + r).isEqualTo(403);
            }
        }
        if (rule.path().equals("/api/logout")) {
            signInAgain();
        }
    }

    @Test
    void everyApiRouteHasAnAccessRule() {
        Set<String> known = AccessCatalog.all().stream().map(r -> r.method() + " " + r.path()).collect(Collectors.toSet());
        List<String> routes = router.uriRoutes()
                .map(r -> ((UriRouteInfo<?, ?>) r).getHttpMethodName() + " " + ((UriRouteInfo<?, ?>) r).getUriMatchTemplate().toPathString())
                .filter(r -> r.contains(" /api") && !r.startsWith("HEAD ") && !r.startsWith("OPTIONS "))
                .distinct().sorted().toList();
        assertThat(routes).isNotEmpty();
        assertThat(routes.stream().filter(r -> !known.contains(r)).toList()).as("routes without an access rule").isEmpty();
    }

    private Response call(AccessRule rule, String token) {
        MutableHttpRequest<?> request = HttpRequest.create(HttpMethod.valueOf(rule.method()), rule.sample());
        if (!rule.method().equals("GET") && !rule.method().equals("DELETE")) {
            request.body(Map.of());
        }
        return api.send(request, token);
    }
}
