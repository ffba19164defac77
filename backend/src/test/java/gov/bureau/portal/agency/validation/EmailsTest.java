package gov.bureau.portal.agency.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a@example.cn", "zhang.san@mail.example.com.cn", "office+audit@firm-1.org", "x_y@a.io",
            "12345@qq.com", "O'Brien@example.ie"})
    void valid(String email) {
        assertThat(Emails.isValid(email)).as(email).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "@example.cn", "a@", "a@localhost", "a@@example.cn", "a@b@example.cn", "a.@example.cn",
            ".a@example.cn", "a..b@example.cn", "a@-example.cn", "a@example-.cn", "a@example.c", "a@example.123",
            "a b@example.cn", "张三@example.cn", "a@example..cn", ""})
    void invalid(String email) {
        assertThat(Emails.isValid(email)).as(email).isFalse();
    }

    @Test
    void lengthLimits() {
        assertThat(Emails.isValid("a".repeat(64) + "@example.cn")).isTrue();
        assertThat(Emails.isValid("a".repeat(65) + "@example.cn")).isFalse();
        assertThat(Emails.isValid("a@" + "b".repeat(250) + ".cn")).isFalse();
        assertThat(Emails.isValid(null)).isFalse();
    }
}
