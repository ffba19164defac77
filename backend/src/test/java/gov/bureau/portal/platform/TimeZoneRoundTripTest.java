package gov.bureau.portal.platform;

import gov.bureau.portal.identity.User;
import gov.bureau.portal.identity.UserRepository;
import gov.bureau.portal.support.IntegrationTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumSet;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instants are stored in UTC and read back as the same instant, whatever the JVM's zone (the tests
 * run the JVM in Asia/Shanghai on purpose) and whatever the server's.
 */
@MicronautTest(transactional = false)
class TimeZoneRoundTripTest extends IntegrationTest {

    @Inject
    UserRepository users;

    @Test
    void anInstantSurvivesTheRoundTripAndIsStoredAsUtc() throws Exception {
        assertThat(TimeZone.getDefault().getID()).isEqualTo("Asia/Shanghai");
        Instant instant = Instant.parse("2026-03-31T16:30:15.123456Z"); // 1 April 00:30 in Beijing
        User user = new User();
        user.setUsername(unique("tz"));
        user.setDisplayName("tz");
        user.setPasswordHash("x");
        user.setRoles(EnumSet.of(gov.bureau.portal.security.Role.STAFF));
        user.setLastLoginAt(instant);
        user = users.save(user);

        assertThat(users.findById(user.getId()).orElseThrow().getLastLoginAt()).isEqualTo(instant);
        try (Connection c = gov.bureau.portal.support.TestDatabase.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT DATE_FORMAT(last_login_at, '%Y-%m-%d %H:%i:%s.%f'), @@session.time_zone "
                     + "FROM app_user WHERE id = " + user.getId())) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("2026-03-31 16:30:15.123456");
            assertThat(rs.getString(2)).isIn("+00:00", "UTC");
        }
    }
}
