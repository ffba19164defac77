package gov.bureau.portal.common;

import jakarta.validation.Valid;

import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the jakarta constraints of a request record as rules the browser can apply: one rule per field
 * and constraint, the field named as the server names it in its errors, list elements as {@code []}
 * ({@code leadEvaluators[].name}). Pure: no I/O, the messages are rendered by the caller.
 */
public final class FormRules {

    /** A constraint of a field: {@code kind} as the annotation's simple name, its attributes, its message key if any. */
    public record Rule(String field, String kind, Map<String, Object> params, String messageKey) {
        public Rule {
            params = Map.copyOf(params);
        }
    }

    private static final Set<String> KINDS = Set.of("NotNull", "NotBlank", "NotEmpty", "Size", "Min", "Max",
            "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Digits", "Pattern", "Email");
    private static final int MAX_DEPTH = 4;

    private FormRules() {
    }

    public static List<Rule> of(Class<? extends Record> type) {
        List<Rule> rules = new ArrayList<>();
        collect(type, "", rules, 0);
        return rules;
    }

    private static void collect(Class<?> type, String prefix, List<Rule> rules, int depth) {
        if (depth > MAX_DEPTH || !type.isRecord()) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            String field = prefix + c.getName();
            boolean text = c.getType() == String.class;
            boolean many = Collection.class.isAssignableFrom(c.getType());
            for (Annotation a : c.getAccessor().getAnnotations()) {
                String kind = a.annotationType().getSimpleName();
                if (!KINDS.contains(kind) || ("Size".equals(kind) && !text)) {
                    continue;
                }
                rules.add(new Rule(field, kind, attributes(kind, a), messageKey(a)));
            }
            boolean valid = c.getAccessor().isAnnotationPresent(Valid.class);
            if (many) {
                Type element = c.getGenericType() instanceof ParameterizedType pt ? pt.getActualTypeArguments()[0] : null;
                if (element instanceof Class<?> e && e.isRecord()) {
                    collect(e, field + "[].", rules, depth + 1);
                }
            } else if (c.getType().isRecord() && (valid || c.getType().getEnclosingClass() == type)) {
                collect(c.getType(), field + ".", rules, depth + 1);
            }
        }
    }

    private static Map<String, Object> attributes(String kind, Annotation a) {
        Map<String, Object> out = new LinkedHashMap<>();
        switch (kind) {
            case "Size" -> {
                jakarta.validation.constraints.Size s = (jakarta.validation.constraints.Size) a;
                out.put("min", s.min());
                out.put("max", s.max());
            }
            case "Min" -> out.put("value", ((jakarta.validation.constraints.Min) a).value());
            case "Max" -> out.put("value", ((jakarta.validation.constraints.Max) a).value());
            case "DecimalMin" -> out.put("value", ((jakarta.validation.constraints.DecimalMin) a).value());
            case "DecimalMax" -> out.put("value", ((jakarta.validation.constraints.DecimalMax) a).value());
            case "Digits" -> {
                jakarta.validation.constraints.Digits d = (jakarta.validation.constraints.Digits) a;
                out.put("integer", d.integer());
                out.put("fraction", d.fraction());
            }
            case "Pattern" -> out.put("regexp", ((jakarta.validation.constraints.Pattern) a).regexp());
            default -> {
            }
        }
        return out;
    }

    /** The message key a constraint names itself ({@code message = "{validation.username}"}), or null. */
    private static String messageKey(Annotation a) {
        try {
            Object message = a.annotationType().getMethod("message").invoke(a);
            String m = String.valueOf(message);
            return m.startsWith("{") && m.endsWith("}") && !m.startsWith("{jakarta.validation") ? m.substring(1, m.length() - 1) : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
