package gov.bureau.portal.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Hidden;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the build publishes (generated while compiling, normalised by {@link OpenApiBuildStep}:
 * {@code META-INF/swagger/portal.yml} in the jar, served as it is at {@code /swagger/portal.yml}) checked as a
 * contract a client generator can rely on (issue 12): every operation has a summary and a unique operation id;
 * the signed-in actor, which the server binds itself, is never a parameter or a body field; every operation
 * lists the refusals it can answer (400 where it reads input, 401 where it needs a session, 404 where it names
 * an object); a request body is required exactly where the controller needs one; every nullable schema has a
 * type; the document names its server. Each rule lists every offending operation, so a new controller
 * method without its summary fails here with its path. The build also runs a standard linter on the same
 * file (backend/pom.xml, execution openapi-lint: Redocly CLI's recommended rules).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Set<String> SERVER_BOUND = Set.of("actor", "authentication", "principal");

    private Map<String, Object> doc;
    private final List<Op> operations = new ArrayList<>();

    record Op(String method, String path, Map<String, Object> body) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> params() {
            return (List<Map<String, Object>>) body.getOrDefault("parameters", List.of());
        }

        @SuppressWarnings("unchecked")
        Set<String> responses() {
            return ((Map<String, Object>) body.getOrDefault("responses", Map.of())).keySet().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.toSet());
        }

        boolean hasParam(String in) {
            return params().stream().anyMatch(p -> in.equals(p.get("in")));
        }
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    void read() {
        // exactly what the jar carries and the portal serves
        doc = OpenApiNormalizer.read(published());
        Map<String, Object> paths = (Map<String, Object>) doc.get("paths");
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, op) -> {
            if (METHODS.contains(method)) {
                operations.add(new Op(method, path, (Map<String, Object>) op));
            }
        }));
        assertThat(operations).hasSizeGreaterThan(100);
    }

    @Test
    void everyOperationHasASummaryAndAUniqueId() {
        List<Op> without = operations.stream().filter(o -> !(o.body().get("summary") instanceof String s) || s.isBlank()).toList();
        assertThat(without).as("operations without a summary (@Operation(summary = ...) or a Javadoc sentence)").isEmpty();
        Set<Object> ids = new HashSet<>();
        List<Op> duplicates = operations.stream().filter(o -> !ids.add(o.body().get("operationId"))).toList();
        assertThat(duplicates).as("operations whose operationId another operation has").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSignedInActorIsNoParameterNorBodyField() {
        List<String> exposed = new ArrayList<>();
        for (Op o : operations) {
            for (Map<String, Object> p : o.params()) {
                // the audit log's filter "actor" (a user name, a string) is input; the bound Actor is an object
                if (SERVER_BOUND.contains(String.valueOf(p.get("name")).toLowerCase()) && !isString(p.get("schema"))) {
                    exposed.add(o + " parameter " + p.get("name") + " in " + p.get("in"));
                }
            }
            Map<String, Object> requestBody = (Map<String, Object>) o.body().get("requestBody");
            if (requestBody != null) {
                ((Map<String, Object>) requestBody.getOrDefault("content", Map.of())).forEach((type, media) -> {
                    Object schema = ((Map<String, Object>) media).get("schema");
                    if (schema instanceof Map<?, ?> s && s.get("properties") instanceof Map<?, ?> props) {
                        props.entrySet().stream().filter(e -> SERVER_BOUND.contains(String.valueOf(e.getKey()).toLowerCase())
                                        && !isString(e.getValue())).map(Map.Entry::getKey)
                                .forEach(k -> exposed.add(o + " body field " + k + " (" + type + ")"));
                    }
                });
            }
        }
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.getOrDefault("components", Map.of()))
                .getOrDefault("schemas", Map.of());
        assertThat(exposed).as("arguments the server binds itself, published as client input").isEmpty();
        assertThat(schemas).as("the Actor is no schema of the contract").doesNotContainKeys("Actor", "Authentication");
    }

    private static boolean isString(Object schema) {
        return schema instanceof Map<?, ?> m && "string".equals(m.get("type"));
    }

    @Test
    void everyOperationListsTheRefusalsItCanAnswer() {
        List<String> missing = new ArrayList<>();
        for (Op o : operations) {
            Set<String> codes = o.responses();
            if (codes.stream().noneMatch(c -> c.startsWith("4"))) {
                missing.add(o + ": no 4xx at all");
                continue;
            }
            if (o.hasParam("path") && !codes.contains("404")) {
                missing.add(o + ": 404 (it names an object)");
            }
            boolean readsInput = o.hasParam("query") || o.hasParam("path") || o.body().containsKey("requestBody");
            if (readsInput && !codes.contains("400")) {
                missing.add(o + ": 400 (it reads input)");
            }
            if (needsASession(o) && !(codes.contains("401") && codes.contains("403"))) {
                missing.add(o + ": 401 and 403 (it needs a session)");
            }
        }
        assertThat(missing).as("operations without their refusals").isEmpty();
    }

    /**
     * Operations open to anonymous callers: the public pages and health (their controllers carry
     * {@code @Refusals.Public}), and any whose security lists an empty requirement.
     */
    private static final List<String> ANONYMOUS = List.of("/api/public/", "/health");

    private boolean needsASession(Op o) {
        if (ANONYMOUS.stream().anyMatch(o.path()::startsWith)) {
            return false;
        }
        Object security = o.body().containsKey("security") ? o.body().get("security") : doc.get("security");
        if (!(security instanceof List<?> requirements) || requirements.isEmpty()) {
            return false;
        }
        return requirements.stream().noneMatch(r -> r instanceof Map<?, ?> m && m.isEmpty());
    }

    /** The document as the build left it on the class path (target/classes, then the jar). */
    static String published() {
        try (InputStream in = OpenApiContractTest.class.getClassLoader().getResourceAsStream("META-INF/swagger/portal.yml")) {
            assertThat(in).as("META-INF/swagger/portal.yml: the build generates it (micronaut-openapi)").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void thePublishedDocumentIsNormalisedAlready() {
        String published = published();
        assertThat(OpenApiNormalizer.normalize(published)).as("the build ran common.OpenApiBuildStep on the generated document")
                .isEqualTo(published);
    }

    /** A controller method's whole-body parameter ({@code @Body} without a name): where it is, and whether it may be absent. */
    record BodyParameter(String method, String path, boolean optional, String where) {
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRequestBodyIsRequiredExactlyWhereTheControllerNeedsOne() {
        List<BodyParameter> bodies = bodyParameters();
        assertThat(bodies).as("controller methods with a @Body parameter").hasSizeGreaterThan(40);
        List<String> wrong = new ArrayList<>();
        for (BodyParameter b : bodies) {
            Map<String, Object> item = (Map<String, Object>) ((Map<String, Object>) doc.get("paths")).get(b.path());
            Object op = item == null ? null : item.get(b.method());
            if (!(op instanceof Map<?, ?> operation)) {
                wrong.add(b.method().toUpperCase() + " " + b.path() + " (" + b.where() + "): not in the document");
                continue;
            }
            boolean required = operation.get("requestBody") instanceof Map<?, ?> rb && Boolean.TRUE.equals(rb.get("required"));
            if (required == b.optional()) {
                wrong.add(b.method().toUpperCase() + " " + b.path() + " (" + b.where() + "): the body is "
                        + (b.optional() ? "optional (@Nullable), the document requires it: add @RequestBody(required = false)"
                                        : "needed, the document does not require it"));
            }
        }
        assertThat(wrong).as("request bodies whose required flag is not what the controller accepts").isEmpty();
    }

    private static final List<Class<? extends Annotation>> BODY_METHODS = List.of(Post.class, Put.class, Patch.class, Delete.class);

    /** Every whole-body parameter of the portal's controllers (the compiled main classes, read by reflection). */
    private static List<BodyParameter> bodyParameters() {
        Path classes;
        try {
            classes = Path.of(OpenApiContractTest.class.getClassLoader().getResource("gov/bureau/portal/Application.class").toURI())
                    .getParent().getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<BodyParameter> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("gov/bureau/portal"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, OpenApiContractTest.class.getClassLoader());
                Controller controller = type.getAnnotation(Controller.class);
                if (controller == null || type.isAnnotationPresent(Hidden.class)) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    for (Class<? extends Annotation> verb : BODY_METHODS) {
                        Annotation route = m.getAnnotation(verb);
                        if (route == null || m.isAnnotationPresent(Hidden.class)) {
                            continue;
                        }
                        String path = join(controller.value(), (String) verb.getMethod("value").invoke(route));
                        for (Parameter p : m.getParameters()) {
                            Body body = p.getAnnotation(Body.class);
                            if (body != null && body.value().isEmpty()) {
                                boolean optional = p.isAnnotationPresent(Nullable.class) || p.getType() == Optional.class;
                                found.add(new BodyParameter(verb.getSimpleName().toLowerCase(), path, optional,
                                        type.getSimpleName() + "." + m.getName()));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** A controller's path and a method's, as the document writes them (no query template, no trailing slash). */
    private static String join(String base, String path) {
        String joined = ("/" + base + "/" + path).replaceAll("\\{[?&][^}]*}", "").replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    @Test
    void everyNullableSchemaHasAType() {
        List<String> untyped = new ArrayList<>();
        walk(doc, "#", untyped);
        assertThat(untyped).as("schemas with nullable: true and no type (OpenAPI 3.0 needs both)").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void walk(Object node, String where, List<String> untyped) {
        if (node instanceof Map<?, ?> map) {
            if (Boolean.TRUE.equals(map.get("nullable")) && !map.containsKey("type")) {
                untyped.add(where);
            }
            ((Map<String, Object>) map).forEach((k, v) -> walk(v, where + "/" + k, untyped));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), where + "/" + i, untyped);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentNamesItsServerAndItsErrorShape() {
        assertThat((List<Object>) doc.get("servers")).isNotEmpty();
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        assertThat(schemas).containsKey("ApiError");
    }
}
