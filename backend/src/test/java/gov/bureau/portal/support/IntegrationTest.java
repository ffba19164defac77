package gov.bureau.portal.support;

import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

/**
 * Base of the tests that run the whole application over HTTP against the real database. Annotate
 * the subclass with {@code @MicronautTest(transactional = false)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DatabaseTest
public abstract class IntegrationTest implements TestPropertyProvider {

    @Inject
    protected TestClient api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>();
        (separateSchema() == null ? TestDatabase.properties() : TestDatabase.separateSchema(separateSchema()))
                .forEach((k, v) -> props.put(k, String.valueOf(v)));
        // a free port: several worktrees run their tests on one machine at the same time
        props.put("micronaut.server.port", "-1");
        props.putAll(extraProperties());
        return props;
    }

    /**
     * A suffix such as {@code _demo} gives the test class its own schema (shared with other classes
     * that name the same suffix), created afresh at the start of each test run.
     */
    protected String separateSchema() {
        return null;
    }

    /** Properties a test class adds (e.g. a lower lock threshold). */
    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    /** A name no other test run has used, for users and agencies a test creates. */
    protected static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 10_000_000_000L, 36);
    }
}
