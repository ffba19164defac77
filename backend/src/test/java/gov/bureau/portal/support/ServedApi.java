package gov.bureau.portal.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routes of the OpenAPI document the running server serves ({@code /swagger/portal.yml}), so that
 * tests which must cover every route (every list that takes {@code q}, the fuzz test) cover a new
 * area's routes without being told about them.
 */
public final class ServedApi {

    /** One query or path parameter: its name, where it goes, and its schema type (resolved through $ref/allOf). */
    public record Param(String name, String in, String type, String format, List<String> enumValues, boolean required) {
    }

    /** A property of a JSON request body. */
    public record Property(String name, String type, String format, List<String> enumValues) {
    }

    /** One operation: method, path template, parameters, request body media types and properties. */
    public record Route(String method, String path, List<Param> params, List<String> bodyTypes, List<Property> bodyProperties) {

        public boolean hasQuery(String name) {
            return params.stream().anyMatch(p -> p.in().equals("query") && p.name().equals(name));
        }

        /** The path with every path parameter replaced by {@code value(param)}. */
        public String path(java.util.function.Function<Param, String> value) {
            String result = path;
            for (Param p : params) {
                if (p.in().equals("path")) {
                    result = result.replace("{" + p.name() + "}", value.apply(p));
                }
            }
            return result;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Parameters the server binds itself (the signed-in actor), not the client. */
    private static final Set<String> BOUND_BY_SERVER = Set.of("Actor");

    private final Map<String, Object> document;

    private static boolean isBoundByServer(Map<String, Object> schema) {
        return schema.get("x-ref-name") instanceof String name && BOUND_BY_SERVER.contains(name);
    }

    private ServedApi(Map<String, Object> document) {
        this.document = document;
    }

    @SuppressWarnings("unchecked")
    public static ServedApi fetch(TestClient api) {
        TestClient.Response r = api.send(HttpRequest.GET("/swagger/portal.yml").accept(MediaType.ALL_TYPE), null);
        if (r.status() != 200 || r.raw() == null) {
            throw new IllegalStateException("the OpenAPI document is not served: " + r.status());
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(50 * 1024 * 1024);
        return new ServedApi((Map<String, Object>) new Yaml(options).load(r.raw()));
    }

    @SuppressWarnings("unchecked")
    public List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (Map.Entry<String, Object> op : ((Map<String, Object>) path.getValue()).entrySet()) {
                if (!Set.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                    continue;
                }
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                List<Param> params = new ArrayList<>();
                for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                    Map<String, Object> param = (Map<String, Object>) p;
                    Map<String, Object> schema = resolve((Map<String, Object>) param.get("schema"));
                    if (schema == null || isBoundByServer(schema)) {
                        continue;
                    }
                    params.add(new Param((String) param.get("name"), (String) param.get("in"), (String) schema.get("type"),
                            (String) schema.get("format"), (List<String>) schema.get("enum"), Boolean.TRUE.equals(param.get("required"))));
                }
                List<String> bodyTypes = new ArrayList<>();
                List<Property> properties = new ArrayList<>();
                Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
                if (body != null) {
                    Map<String, Object> content = (Map<String, Object>) body.get("content");
                    bodyTypes.addAll(content.keySet());
                    Map<String, Object> media = (Map<String, Object>) content.values().iterator().next();
                    collectProperties(resolve((Map<String, Object>) media.get("schema")), properties);
                }
                routes.add(new Route(op.getKey().toUpperCase(), path.getKey(), params, bodyTypes, properties));
            }
        }
        return routes;
    }

    @SuppressWarnings("unchecked")
    private void collectProperties(Map<String, Object> schema, List<Property> into) {
        if (schema == null) {
            return;
        }
        Map<String, Object> props = (Map<String, Object>) schema.get("properties");
        if (props == null) {
            return;
        }
        for (Map.Entry<String, Object> e : props.entrySet()) {
            Map<String, Object> s = resolve((Map<String, Object>) e.getValue());
            if (s == null || isBoundByServer(s)) {
                continue;
            }
            String type = (String) s.get("type");
            into.add(new Property(e.getKey(), type == null ? "object" : type, (String) s.get("format"), (List<String>) s.get("enum")));
        }
    }

    /**
     * The schema with {@code $ref} and {@code allOf} merged into one map ({@code x-ref-name} names the
     * first referenced schema).
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema == null) {
            return null;
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        if (schema.get("$ref") instanceof String ref) {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            Map<String, Object> target = resolve((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document.get("components"))
                    .get("schemas")).get(name));
            if (target != null) {
                merged.putAll(target);
            }
            merged.putIfAbsent("x-ref-name", name);
        }
        for (Map.Entry<String, Object> e : schema.entrySet()) {
            if (!e.getKey().equals("$ref") && !e.getKey().equals("allOf")) {
                if (e.getKey().equals("properties") && merged.get("properties") instanceof Map<?, ?> existing) {
                    Map<String, Object> props = new LinkedHashMap<>((Map<String, Object>) existing);
                    props.putAll((Map<String, Object>) e.getValue());
                    merged.put("properties", props);
                } else {
                    merged.put(e.getKey(), e.getValue());
                }
            }
        }
        if (schema.get("allOf") instanceof List<?> all) {
            for (Object part : all) {
                Map<String, Object> r = resolve((Map<String, Object>) part);
                if (r == null) {
                    continue;
                }
                for (Map.Entry<String, Object> e : r.entrySet()) {
                    if (e.getKey().equals("properties") && merged.get("properties") instanceof Map<?, ?> existing) {
                        Map<String, Object> props = new LinkedHashMap<>((Map<String, Object>) existing);
                        props.putAll((Map<String, Object>) e.getValue());
                        merged.put("properties", props);
                    } else {
                        merged.putIfAbsent(e.getKey(), e.getValue());
                    }
                }
            }
        }
        return merged;
    }
}
