package gov.bureau.portal.common;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders bean-validation failures in the caller's language. The message is chosen by the
 * constraint's kind ({@code NotBlank}, {@code Size} ...) and filled with its attributes, so that
 * request records need no message text of their own; a constraint declared with a
 * {@code message = "{key}"} uses that key instead.
 */
@Singleton
public class ValidationMessages {

    private final Messages messages;

    public ValidationMessages(Messages messages) {
        this.messages = messages;
    }

    public String render(Locale locale, ConstraintViolation<?> violation) {
        FieldProblem problem = problemOf(violation, "");
        return messages.get(locale, problem.messageKey(), problem.args());
    }

    /** A violation as a field problem (a message key with its arguments), its field prefixed. */
    public FieldProblem problemOf(ConstraintViolation<?> violation, String fieldPrefix) {
        String field = fieldPrefix + fieldOf(violation);
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            if (!key.startsWith("jakarta.validation") && messages.has(key)) {
                return new FieldProblem(field, key);
            }
        }
        var descriptor = violation.getConstraintDescriptor();
        if (descriptor == null) {
            return new FieldProblem(field, "validation.invalid-value");
        }
        return problemOf(field, descriptor.getAnnotation().annotationType().getSimpleName(), descriptor.getAttributes());
    }

    /**
     * The message of a constraint by its kind ({@code NotBlank}, {@code Size} ...) and attributes: the
     * server's own answers and the rules it publishes to the browser ({@link FormRules}) say the same.
     */
    public String render(Locale locale, String kind, Map<String, Object> attributes) {
        FieldProblem problem = problemOf("", kind, attributes);
        return messages.get(locale, problem.messageKey(), problem.args());
    }

    private static FieldProblem problemOf(String field, String kind, Map<String, Object> attributes) {
        return switch (kind) {
            case "NotNull", "NotBlank", "NotEmpty" -> new FieldProblem(field, "validation.required");
            case "Size" -> size(field, attributes);
            case "Min", "DecimalMin" -> new FieldProblem(field, "validation.min", String.valueOf(attributes.get("value")));
            case "Max", "DecimalMax" -> new FieldProblem(field, "validation.max", String.valueOf(attributes.get("value")));
            case "Positive" -> new FieldProblem(field, "validation.positive");
            case "PositiveOrZero" -> new FieldProblem(field, "validation.not-negative");
            case "Email" -> new FieldProblem(field, "validation.email");
            case "Pattern" -> new FieldProblem(field, "validation.pattern");
            case "Digits" -> new FieldProblem(field, "validation.digits", attributes.get("integer"), attributes.get("fraction"));
            case "Past", "PastOrPresent" -> new FieldProblem(field, "validation.past");
            case "Future", "FutureOrPresent" -> new FieldProblem(field, "validation.future");
            default -> new FieldProblem(field, "validation.invalid-value");
        };
    }

    private static FieldProblem size(String field, Map<String, Object> attributes) {
        int min = ((Number) attributes.getOrDefault("min", 0)).intValue();
        int max = ((Number) attributes.getOrDefault("max", Integer.MAX_VALUE)).intValue();
        if (max == Integer.MAX_VALUE) {
            return new FieldProblem(field, "validation.size-min", min);
        }
        if (min <= 0) {
            return new FieldProblem(field, "validation.size-max", max);
        }
        return new FieldProblem(field, "validation.size", min, max);
    }

    /**
     * The field a violation concerns, as the client named it: {@code create.command.items[0].points}
     * becomes {@code items[0].points}; a violated query parameter keeps its own name.
     */
    public static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        boolean methodSeen = false;
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR -> methodSeen = true;
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    String name = node.getName();
                    String index = node.getIndex() != null ? "[" + node.getIndex() + "]"
                            : node.getKey() != null ? "[" + node.getKey() + "]" : "";
                    if (name == null || name.startsWith("<")) {
                        if (!parts.isEmpty()) {
                            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + index);
                        }
                    } else {
                        parts.add(name + (node.isInIterable() ? "" : ""));
                        if (!index.isEmpty() && node.isInIterable() && parts.size() > 1) {
                            parts.set(parts.size() - 2, parts.get(parts.size() - 2) + index);
                        }
                    }
                }
                default -> {
                    if (node.getName() != null) {
                        parts.add(node.getName());
                    }
                }
            }
        }
        if (parts.isEmpty()) {
            return parameter != null ? parameter : (methodSeen ? "request" : String.valueOf(violation.getPropertyPath()));
        }
        return String.join(".", parts);
    }
}
