package gov.bureau.portal.ops;

import gov.bureau.portal.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bin/portal check} and the command line: what an administrator sees, and the exit codes scripts rely on. */
@gov.bureau.portal.support.DatabaseTest
class PortalCommandTest {

    record Outcome(int exit, String out, String err) {
    }

    private static Outcome run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PortalCommand.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> env(String dbUrl) {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", dbUrl);
        env.put("JWT_SECRET", TestDatabase.JWT_SECRET);
        env.put("PORTAL_DATA_DIR", "target/ops-check");
        return env;
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsAProblemWithExitCode1() {
        Outcome o = run(env("jdbc:mysql://127.0.0.1:1/portal"), "check");
        assertThat(o.exit()).as(o.out()).isEqualTo(1);
        assertThat(o.out()).contains("PROBLEM  database: cannot connect to the external database jdbc:mysql://127.0.0.1:1/portal")
                .contains("1 problem(s) found.");
    }

    @Test
    void aConfigurationThePortalWouldRefuseIsAProblemToo() {
        Map<String, String> env = env("jdbc:mysql://127.0.0.1:3306/portal");
        env.remove("JWT_SECRET");
        Outcome o = run(env, "check");
        assertThat(o.exit()).isEqualTo(1);
        assertThat(o.out()).contains("PROBLEM  configuration: JWT_SECRET must be set");
        assertThat(run(env("jdbc:postgresql://db/portal"), "check").out()).contains("DB_URL must be a MySQL JDBC URL");
    }

    @Test
    void aReachableDatabaseWithTheCurrentSchemaPasses() {
        String url = (String) TestDatabase.properties().get("datasources.default.url");
        Map<String, String> env = env(url);
        env.put("DB_USER", (String) TestDatabase.properties().get("datasources.default.username"));
        env.put("DB_PASSWORD", (String) TestDatabase.properties().get("datasources.default.password"));
        Outcome o = run(env, "check");
        assertThat(o.exit()).as(o.out()).isEqualTo(0);
        assertThat(o.out()).contains("ok       database: reachable").contains("No problems found.");
    }

    @Test
    void wrongUsageAndAMissingArchiveAreReported() {
        assertThat(run(Map.of(), "frobnicate").exit()).isEqualTo(2);
        assertThat(run(Map.of()).err()).contains("usage: portal start | check | backup FILE | restore FILE");
        assertThat(run(Map.of(), "backup").exit()).isEqualTo(2);
        Outcome missing = run(env("jdbc:mysql://127.0.0.1:1/portal"), "restore", "target/no-such-backup.zip");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("No backup file");
    }
}
