package gov.bureau.portal.experts;

import gov.bureau.portal.support.DemoDataTest;
import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** PORTAL_DEMO=true: demo experts with accounts, registrations waiting, and panels in every state with fees. */
@MicronautTest(transactional = false)
class ExpertsDemoDataTest extends DemoDataTest {

    @Test
    void demoExpertsSitOnPanelsInEveryStateWithFees() {
        String director = token("director");
        assertThat(api.get(director, "/api/experts?status=ACTIVE").content()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(api.get(director, "/api/experts?status=SUBMITTED").content()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(api.get(director, "/api/experts?status=PAUSED").content()).isNotEmpty();
        assertThat(api.get(director, "/api/experts?status=REMOVED").content()).isNotEmpty();
        assertThat(api.get(director, "/api/expert-panels?status=OPEN").content()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(api.get(director, "/api/expert-panels?status=CLOSED").content()).isNotEmpty();
        assertThat(api.get(director, "/api/expert-fees?status=PAYABLE").content()).isNotEmpty();
        assertThat(api.get(director, "/api/expert-fees?status=PAID").content()).isNotEmpty();

        String expert1 = token("expert1");
        Response me = api.get(expert1, "/api/me");
        assertThat(me.get("expertId")).isNotNull();
        assertThat(api.get(expert1, "/api/experts/" + ((Number) me.get("expertId")).longValue()).status()).isEqualTo(200);
        assertThat(api.get(token("expert11"), "/api/me").get("expertId")).isNotNull();
    }
}
