package gov.bureau.portal.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcUrlsTest {

    @Test
    void addsUtcSessionAndUnicodeSettings() {
        String url = JdbcUrls.withSessionDefaults("jdbc:mysql://h:3306/portal");
        assertThat(url).startsWith("jdbc:mysql://h:3306/portal?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true")
                .contains("characterEncoding=UTF-8");
    }

    @Test
    void keepsWhatTheOperatorSet() {
        String url = JdbcUrls.withSessionDefaults("jdbc:mysql://h/portal?useSSL=true&connectionTimeZone=UTC");
        assertThat(url).contains("useSSL=true").doesNotContain("useSSL=false");
        assertThat(url.split("connectionTimeZone=", -1)).hasSize(2);
    }

    @Test
    void acceptsMariadbScheme() {
        assertThat(JdbcUrls.withSessionDefaults("jdbc:mariadb://h/p")).startsWith("jdbc:mysql://h/p?");
    }

    @Test
    void registersTheFractionalSecondsFixBesideTheOperatorsInterceptors() {
        assertThat(JdbcUrls.withSessionDefaults("jdbc:mysql://h/p"))
                .contains("connectionLifecycleInterceptors=gov.bureau.portal.platform.MariaDbFractionalSeconds");
        assertThat(JdbcUrls.withSessionDefaults("jdbc:mysql://h/p?connectionLifecycleInterceptors=a.B&x=1"))
                .contains("connectionLifecycleInterceptors=a.B,gov.bureau.portal.platform.MariaDbFractionalSeconds&x=1");
        String twice = JdbcUrls.withSessionDefaults(JdbcUrls.withSessionDefaults("jdbc:mysql://h/p"));
        assertThat(twice.split("MariaDbFractionalSeconds", -1)).hasSize(2);
    }
}
