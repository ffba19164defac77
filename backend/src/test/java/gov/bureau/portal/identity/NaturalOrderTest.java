package gov.bureau.portal.identity;

import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** User names sort as people read them (issue 11): agency2 before agency10. */
@MicronautTest(transactional = false)
class NaturalOrderTest extends IntegrationTest {

    @Test
    void keysOrderDigitRunsByValue() {
        List<String> names = new java.util.ArrayList<>(List.of("agency10", "agency2", "agency1", "b", "a01x3", "a1x10", "staff"));
        names.sort(Comparator.comparing(NaturalOrder::key));
        assertThat(names).containsExactly("a01x3", "a1x10", "agency1", "agency2", "agency10", "b", "staff");
        assertThat(NaturalOrder.key(null)).isNull();
        assertThat(NaturalOrder.key("x" + "9".repeat(30))).hasSize(31);
    }

    @Test
    void theUsersListSortsNamesNaturallyBothWays() {
        String admin = Users.adminToken(api);
        String prefix = unique("nat");
        for (String n : List.of("10", "2", "1")) {
            Response created = api.post(admin, "/api/users", Map.of("username", prefix + "u" + n, "displayName", "自然" + n,
                    "roles", List.of("STAFF"), "password", Users.PASSWORD));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        List<Object> up = api.get(admin, "/api/users?q=" + prefix + "&sort=username").content().stream().map(u -> u.get("username")).toList();
        assertThat(up).containsExactly(prefix + "u1", prefix + "u2", prefix + "u10");
        List<Object> down = api.get(admin, "/api/users?q=" + prefix + "&sort=username,desc").content().stream().map(u -> u.get("username")).toList();
        assertThat(down).containsExactly(prefix + "u10", prefix + "u2", prefix + "u1");
    }
}
