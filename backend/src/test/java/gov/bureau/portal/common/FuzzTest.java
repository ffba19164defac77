package gov.bureau.portal.common;

import gov.bureau.portal.support.Agencies;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.ServedApi;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8: every route of the served OpenAPI document (so a new area is fuzzed without being named
 * here) × malformed input (wrong types, huge and negative numbers, long and non-ASCII text, broken
 * JSON, wrong content types, odd sort and page values, path ids that are not numbers or too big), as
 * anonymous and as each role that can sign in (UNIT and EXPERT have no accounts yet). Not one answer
 * may be a 5xx or show internals (stack traces, class names, SQL). The seed is fixed, so a failure
 * repeats; the test prints how many requests it sent.
 *
 * <p>It runs on its own schema: its wrong passwords must not lock the test client out of the shared one.
 */
@MicronautTest(transactional = false)
class FuzzTest extends IntegrationTest {

    static final long SEED = 20261205L;

    /** What no answer may contain (the fuzz values below contain none of it). */
    static final List<String> INTERNALS = List.of("Exception", "java.", "javax.", "jakarta.", "gov.bureau", "io.micronaut",
            "SQL", "jdbc", "at org.", "at io.", "\tat ", "Caused by", "NullPointer", "mariadb", "MariaDB", "mysql");

    static final List<String> IDS = List.of("abc", "-1", "0", "99999999999999999999", "9223372036854775808", "1.5", "1e3",
            "%F0%9F%98%80", "%E4%B8%AD%E6%96%87", "%27%20OR%201%3D1", "987654321", "null", "%00");

    static final List<String> NUMBERS = List.of("abc", "-1", "-2147483649", "2147483648", "99999999999999999999", "1.5", "1e308",
            "NaN", "", "%E4%B8%80");

    static final List<String> TEXTS = List.of("%E4%B8%AD%E6%96%87%E6%90%9C%E7%B4%A2", "%F0%9F%98%80%F0%9F%98%80", "%25", "%5C",
            "x".repeat(3000), "%27%22%3C%3E", "%00", "%E2%80%AE");

    static final List<String> SORTS = List.of(",", "", ",,desc", "name,up", "nosuch", "a,b,c", "%E5%90%8D", ",desc");

    private final Random random = new Random(SEED);
    private int sent;
    private int unsendable;
    private final java.util.SortedMap<Integer, Integer> statuses = new java.util.TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    @Override
    protected String separateSchema() {
        return "_fuzz";
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("portal.login.max-failures", "100000", "portal.login.client-max-failures", "100000");
    }

    @Test
    void noMalformedRequestGetsA5xxOrSeesInternals() {
        long start = System.nanoTime();
        Map<String, String> identities = new LinkedHashMap<>();
        identities.put("ANONYMOUS", null);
        identities.put("AGENCY", Agencies.register(api).token());
        identities.put("STAFF", Users.tokenFor(api, unique("fuzz"), "STAFF"));
        identities.put("ADMIN", Users.adminToken(api));

        List<ServedApi.Route> routes = new ArrayList<>(ServedApi.fetch(api).routes());
        assertThat(routes).hasSizeGreaterThan(80);
        // the sign-in endpoints of Micronaut Security are not in the document
        routes.add(new ServedApi.Route("POST", "/login", List.of(), List.of("application/json"), List.of(
                new ServedApi.Property("username", "string", null, null), new ServedApi.Property("password", "string", null, null))));
        routes.add(new ServedApi.Route("POST", "/oauth/access_token", List.of(), List.of("application/json"), List.of(
                new ServedApi.Property("grant_type", "string", null, null), new ServedApi.Property("refresh_token", "string", null, null))));

        for (ServedApi.Route route : routes) {
            for (Map.Entry<String, String> who : identities.entrySet()) {
                fuzz(route, who.getKey(), who.getValue());
            }
            if (route.path().contains("logout")) {
                api.forget("admin");
                identities.put("ADMIN", Users.adminToken(api));
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("FuzzTest: %d requests to %d routes as %s (seed %d) in %d ms, %d failures; answers by status %s; %d the client could not send%n",
                sent, routes.size(), identities.keySet(), SEED, millis, failures.size(), statuses, unsendable);
        assertThat(failures).as(sent + " requests sent").isEmpty();
    }

    private void fuzz(ServedApi.Route route, String role, String token) {
        // path ids that are not numbers, negative, zero or too big
        if (route.path().contains("{")) {
            for (int i = 0; i < 3; i++) {
                String id = pick(IDS);
                send(role, token, route.method(), route.path(p -> p.type() != null && p.type().equals("string") && !id.equals("abc") ? "x" + id : id),
                        validishBody(route), route);
            }
        }
        String path = route.path(p -> "987654321");
        // query parameters of the wrong type or out of range, and odd paging
        List<ServedApi.Param> query = route.params().stream().filter(p -> p.in().equals("query")).toList();
        if (!query.isEmpty()) {
            for (int i = 0; i < 4; i++) {
                StringJoiner q = new StringJoiner("&");
                for (ServedApi.Param p : query) {
                    if (random.nextInt(3) == 0) {
                        q.add(p.name() + "=" + malformedQueryValue(p));
                    }
                }
                ServedApi.Param one = query.get(random.nextInt(query.size()));
                q.add(one.name() + "=" + malformedQueryValue(one));
                send(role, token, route.method(), path + "?" + q, validishBody(route), route);
            }
        }
        // odd headers: unknown charset, odd languages and Accept, broken tokens, duplicate and long parameters
        String body = validishBody(route) == null ? "{}" : validishBody(route);
        sendWith(role, token, route.method(), path, body, "Content-Type", pick(List.of("application/json; charset=klingon",
                "application/json; charset=", "application/*", "multipart/form-data", "multipart/form-data; boundary=",
                "text/html", "application/octet-stream", "x/y/z")), route);
        sendWith(role, token, route.method(), path, body, "Accept-Language", pick(List.of("zz-ZZ;q=abc", "*;q=-1", "中文",
                "en-US,en;q=0.9,zh;q=", ",,,", ";q=0.5", "en,", "x".repeat(500))), route);
        sendWith(role, token, route.method(), path, body, "Accept", pick(List.of("application/xml", "text/csv", "image/png",
                "*/*;q=abc", "application/json;q=0", "garbage", ",,,", ";q=1")), route);
        sendWith(null, null, route.method(), path, body, "Authorization", pick(List.of("Bearer abc.def.ghi", "Bearer ",
                "Basic YWRtaW46YWRtaW4=", "Bearer " + "a".repeat(9000), "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.",
                "Token 中文")), route);
        send(role, token, route.method(), path + "?page=1&page=x&size=5&size=500&sort=a&sort=," + "&q=" + "y".repeat(6000),
                validishBody(route), route);
        send(role, token, route.method().equals("GET") ? "PATCH" : "GET", path, null, route);
        // bodies: broken JSON, wrong shapes, every property wrong, wrong content types
        if (!route.bodyTypes().isEmpty() || !route.method().equals("GET")) {
            for (String raw : List.of("{", "[1,2,3]", "null", "\"text\"", "{\"a\":", "{}", "12345678901234567890123")) {
                sendRaw(role, token, route.method(), path, raw, MediaType.APPLICATION_JSON_TYPE, route);
            }
            for (int i = 0; i < 3; i++) {
                sendRaw(role, token, route.method(), path, wrongBody(route), MediaType.APPLICATION_JSON_TYPE, route);
            }
            sendRaw(role, token, route.method(), path, wrongBody(route), MediaType.TEXT_PLAIN_TYPE, route);
            sendRaw(role, token, route.method(), path, "<a>1</a>", MediaType.APPLICATION_XML_TYPE, route);
            sendRaw(role, token, route.method(), path, "a=1&b=%E4%B8%AD", MediaType.APPLICATION_FORM_URLENCODED_TYPE, route);
            if (route.bodyTypes().contains(MediaType.MULTIPART_FORM_DATA)) {
                for (int i = 0; i < 3; i++) {
                    sendMultipart(role, token, path, route);
                }
            }
        }
    }

    private String malformedQueryValue(ServedApi.Param p) {
        if (p.name().equals("sort")) {
            return URLEncoder.encode(pick(SORTS), StandardCharsets.UTF_8);
        }
        String type = p.type() == null ? "string" : p.type();
        return switch (type) {
            case "integer", "number" -> pick(NUMBERS);
            case "boolean" -> pick(List.of("maybe", "2", "", "%E6%98%AF"));
            default -> "date".equals(p.format()) ? pick(List.of("2026-13-45", "yesterday", "2026-02-30", "99999-01-01", ""))
                    : p.enumValues() != null ? pick(List.of("NOPE", "approved", "", "%E9%80%9A%E8%BF%87")) : pick(TEXTS);
        };
    }

    /** A JSON body with every property of the route's request wrong (type, size, sign, enum, text). */
    private String wrongBody(ServedApi.Route route) {
        StringJoiner json = new StringJoiner(",", "{", "}");
        List<ServedApi.Property> props = route.bodyProperties().isEmpty()
                ? List.of(new ServedApi.Property("id", "integer", null, null), new ServedApi.Property("name", "string", null, null))
                : route.bodyProperties();
        for (ServedApi.Property p : props) {
            json.add("\"" + p.name() + "\":" + wrongValue(p));
        }
        return json.toString();
    }

    private String wrongValue(ServedApi.Property p) {
        List<String> common = List.of("null", "{\"x\":{\"y\":[1]}}", "[\"a\",[]]", "\"" + "长".repeat(5000) + "\"", "true");
        List<String> byType = switch (p.type()) {
            case "integer" -> List.of("-1", "99999999999999999999999", "1.5", "\"abc\"", "-9223372036854775809", "1e400");
            case "number" -> List.of("-0.001", "1e400", "\"12.345\"", "99999999999999999.999", "\"abc\"", "-1");
            case "boolean" -> List.of("\"maybe\"", "2", "\"是\"");
            case "array" -> List.of("[null,null]", "[{\"a\":1}]", "[" + "1,".repeat(2000) + "1]", "\"x\"");
            case "object" -> List.of("[]", "\"x\"", "{\"unknown\":\"😀\"}");
            default -> "date".equals(p.format()) ? List.of("\"2026-02-30\"", "\"31/12/2026\"", "20261231", "\"+99999-01-01\"")
                    : p.enumValues() != null ? List.of("\"NOPE\"", "\"approve\"", "\"\"", "3")
                    : List.of("\"\"", "\"   \"", "\"\\u0000\"", "\"\\ud800\"", "12", "\"" + "x".repeat(70000) + "\"", "\"😀中文\"");
        };
        return random.nextInt(4) == 0 ? pick(common) : pick(byType);
    }

    /** For path and query fuzzing: a body that is at least JSON, so the path or query is what fails. */
    private String validishBody(ServedApi.Route route) {
        return route.method().equals("GET") || route.method().equals("DELETE") ? null : wrongBody(route);
    }

    private void sendMultipart(String role, String token, String path, ServedApi.Route route) {
        MultipartBody.Builder body = MultipartBody.builder();
        byte[] bytes = new byte[random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(4096)];
        random.nextBytes(bytes);
        String name = pick(List.of("x.pdf", "中文.png", "../../etc/passwd", "a".repeat(400) + ".jpg", ".pdf"));
        body.addPart(pick(List.of("file", "files", "upload")), name, pick(List.of(MediaType.APPLICATION_PDF_TYPE,
                MediaType.IMAGE_PNG_TYPE, MediaType.TEXT_PLAIN_TYPE)), bytes);
        for (String field : List.of("category", "purpose", "summary", "kind")) {
            if (random.nextBoolean()) {
                body.addPart(field, pick(List.of("NOPE", "", "中文", "x".repeat(5000))));
            }
        }
        MutableHttpRequest<?> request = HttpRequest.create(HttpMethod.valueOf(route.method()), path)
                .body(body.build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
        check(role, route.method() + " " + path + " multipart", exchange(request, token));
    }

    private void sendRaw(String role, String token, String method, String path, String raw, MediaType type, ServedApi.Route route) {
        MutableHttpRequest<?> request = HttpRequest.create(HttpMethod.valueOf(method), path);
        if (!method.equals("GET")) {
            request.body(raw).contentType(type);
        }
        check(role, method + " " + path + " " + type + " " + abbreviate(raw), exchange(request, token));
    }

    private void send(String role, String token, String method, String path, String json, ServedApi.Route route) {
        MutableHttpRequest<?> request = HttpRequest.create(HttpMethod.valueOf(method), path);
        if (json != null) {
            request.body(json).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        check(role, method + " " + path + (json == null ? "" : " " + abbreviate(json)), exchange(request, token));
    }

    private void sendWith(String role, String token, String method, String path, String body, String header, String value,
                          ServedApi.Route route) {
        MutableHttpRequest<?> request = HttpRequest.create(HttpMethod.valueOf(method), path);
        if (!method.equals("GET")) {
            request.body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        request.getHeaders().set(header, value);
        check(role == null ? "RAW" : role, method + " " + path + " " + header + ": " + abbreviate(value), exchange(request, token));
    }

    /** The answer, or null when the client itself cannot send such a request (nothing reached the server). */
    private Response exchange(MutableHttpRequest<?> request, String token) {
        try {
            return api.send(request, token);
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            throw e;
        } catch (RuntimeException notSent) {
            unsendable++;
            return null;
        }
    }

    private void check(String role, String what, Response r) {
        if (r == null) {
            return;
        }
        sent++;
        statuses.merge(r.status(), 1, Integer::sum);
        if (r.status() >= 500) {
            failures.add(role + " " + what + " → " + r.status() + " " + abbreviate(r.raw()));
        } else if (r.status() >= 400 && r.raw() != null) {
            for (String internal : INTERNALS) {
                if (r.raw().contains(internal)) {
                    failures.add(role + " " + what + " → " + r.status() + " shows '" + internal + "': " + abbreviate(r.raw()));
                    break;
                }
            }
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
