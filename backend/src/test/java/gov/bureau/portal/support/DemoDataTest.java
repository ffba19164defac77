package gov.bureau.portal.support;

import java.util.Map;

/**
 * Base of the tests of the demo data (PORTAL_DEMO=true), one per area ({@code *DemoDataTest}): the schema
 * {@code _demo}, shared by them and created afresh at the start of each test run, holds the demo data exactly as
 * seeded, whatever the other tests do to theirs; whichever runs first seeds it, with the one demo password.
 * Annotate the subclass with {@code @MicronautTest(transactional = false)}.
 */
public abstract class DemoDataTest extends IntegrationTest {

    /** Every demo account's password. */
    public static final String PASSWORD = "Demo-Pass-2026";

    @Override
    protected final String separateSchema() {
        return "_demo";
    }

    @Override
    protected final Map<String, String> extraProperties() {
        return Map.of("portal.demo.enabled", "true", "portal.demo.password", PASSWORD);
    }

    /** The token of a demo account (staff, director, agency1 …). */
    protected String token(String username) {
        return api.token(username, PASSWORD);
    }
}
