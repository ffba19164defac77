package gov.bureau.portal.common;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the build generates (main compile, {@code META-INF/swagger/portal.yml}, served at
 * {@code /swagger/portal.yml} after {@link OpenApiNormalizer}) linted as a contract a client generator can rely on (issue 12): every
 * operation has a summary and a unique operation id; the signed-in actor, which the server binds itself,
 * is never a parameter or a body field; every operation lists the refusals it can answer (400 where it
 * reads input, 401 where it needs a session, 404 where it names an object); every nullable schema has a
 * type; the document names its server. Each rule lists every offending operation, so a new controller
 * method without its summary fails here with its path.
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
        // exactly what OpenApiDocument serves: the generated document, normalised
        doc = OpenApiNormalizer.read(OpenApiNormalizer.normalize(OpenApiDocument.generated()));
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
