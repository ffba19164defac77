package gov.bureau.portal.demo;

import java.util.HashMap;
import java.util.Map;

/** Shared between demo contributions: the demo password and ids that later areas refer to. */
public final class DemoContext {

    private final String password;
    private final Map<String, Object> values = new HashMap<>();

    public DemoContext(String password) {
        this.password = password;
    }

    /** The password of every demo account (PORTAL_DEMO_PASSWORD). */
    public String password() {
        return password;
    }

    public void put(String key, Object value) {
        values.put(key, value);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(String key) {
        T value = (T) values.get(key);
        if (value == null) {
            throw new IllegalStateException("demo value " + key + " was not seeded by an earlier contribution");
        }
        return value;
    }
}
