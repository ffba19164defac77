package gov.bureau.portal.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Builds the "what changed" of an audit entry: only fields whose value differs are kept. */
public final class Changes {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public static Changes create() {
        return new Changes();
    }

    /** A field that moved from one value to another; ignored when both are equal. */
    public Changes diff(String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", String.valueOf(from));
            change.put("to", String.valueOf(to));
            fields.put(field, change);
        }
        return this;
    }

    /** A value recorded as it is (a new entity's fields, a decision's inputs). */
    public Changes set(String field, Object value) {
        if (value != null) {
            fields.put(field, value instanceof Number || value instanceof Boolean ? value
                    : value instanceof Enum<?> e ? e.name() : String.valueOf(value));
        }
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public Map<String, Object> toMap() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
