package gov.bureau.portal.common;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.List;
import java.util.Map;

/**
 * Puts into the generated OpenAPI document (micronaut-openapi, {@code META-INF/swagger/portal.yml}) what
 * OpenAPI 3.0 linters require and the generator leaves out: a nullable reference ({@code nullable: true}
 * beside {@code allOf: [$ref]}, for every {@code @Nullable} enum or record) gets the {@code type} of the
 * schema it refers to, since {@code nullable} without a {@code type} means nothing in OpenAPI 3.0. Pure:
 * text in, text out; the build ({@link OpenApiBuildStep}) rewrites the generated file with it, so the jar
 * carries and the portal serves the result, which {@code OpenApiContractTest} and the linter check.
 */
public final class OpenApiNormalizer {

    private OpenApiNormalizer() {
    }

    public static String normalize(String yaml) {
        Map<String, Object> doc = read(yaml);
        Map<String, Object> schemas = schemas(doc);
        typeNullables(doc, schemas);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setSplitLines(false);
        return new Yaml(options).dump(doc);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(32 * 1024 * 1024);
        return new Yaml(options).load(yaml);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemas(Map<String, Object> doc) {
        if (doc.get("components") instanceof Map<?, ?> components && components.get("schemas") instanceof Map<?, ?> schemas) {
            return (Map<String, Object>) schemas;
        }
        return Map.of();
    }

    @SuppressWarnings("unchecked")
    private static void typeNullables(Object node, Map<String, Object> schemas) {
        if (node instanceof Map<?, ?> raw) {
            Map<String, Object> map = (Map<String, Object>) raw;
            if (Boolean.TRUE.equals(map.get("nullable")) && !map.containsKey("type")) {
                map.put("type", referredType(map, schemas));
            }
            map.values().forEach(v -> typeNullables(v, schemas));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> typeNullables(v, schemas));
        }
    }

    /** The type of the one schema a composition refers to; {@code object} for anything else. */
    private static String referredType(Map<String, Object> schema, Map<String, Object> schemas) {
        for (String key : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.get(key) instanceof List<?> parts && parts.size() == 1 && parts.get(0) instanceof Map<?, ?> part
                    && part.get("$ref") instanceof String ref && ref.startsWith("#/components/schemas/")
                    && schemas.get(ref.substring("#/components/schemas/".length())) instanceof Map<?, ?> target
                    && target.get("type") instanceof String type) {
                return type;
            }
        }
        return "object";
    }
}
