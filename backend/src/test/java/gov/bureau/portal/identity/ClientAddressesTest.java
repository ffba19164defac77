package gov.bureau.portal.identity;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    private final HttpRequest<?> proxied = HttpRequest.GET("http://127.0.0.1:8080/login")
            .header("X-Forwarded-For", "203.0.113.7, 198.51.100.2");

    @Test
    void withoutTheSettingForwardingHeadersAreIgnoredSinceAnyoneCanSendThem() {
        String client = new ClientAddresses(null).of(proxied);
        assertThat(client).isNotEqualTo("203.0.113.7").isNotEqualTo("198.51.100.2");
        assertThat(new ClientAddresses("").of(proxied)).isEqualTo(client);
    }

    @Test
    void behindAProxyTheLastValueOfItsHeaderCounts() {
        assertThat(new ClientAddresses("X-Forwarded-For").of(proxied)).isEqualTo("198.51.100.2");
        assertThat(new ClientAddresses("X-Real-IP").of(HttpRequest.GET("/login").header("X-Real-IP", "2001:db8::1")))
                .isEqualTo("2001:db8::1");
    }

    @Test
    void anOverlongValueIsCut() {
        String value = "x".repeat(100);
        assertThat(new ClientAddresses("X-Forwarded-For").of(HttpRequest.GET("/login").header("X-Forwarded-For", value)))
                .hasSize(ClientAddresses.MAX);
        assertThat(new ClientAddresses(null).of(null)).isEqualTo("unknown");
    }
}
