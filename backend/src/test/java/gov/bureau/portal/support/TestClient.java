package gov.bureau.portal.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Calls the running application like a client would and never throws on an error status: every
 * call answers a {@link Response} with the status and the JSON body.
 */
@Singleton
public class TestClient {

    private final BlockingHttpClient http;
    private final JsonMapper json;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public TestClient(@Client("/") HttpClient client, JsonMapper json) {
        this.http = client.toBlocking();
        this.json = json;
    }

    /** A parsed answer. {@code body} is a Map, a List or null. */
    public record Response(int status, Object body, String raw, Map<String, List<String>> headers) {
        @SuppressWarnings("unchecked")
        public Map<String, Object> json() {
            return (Map<String, Object>) body;
        }

        @SuppressWarnings("unchecked")
        public List<Object> list() {
            return (List<Object>) body;
        }

        public Object get(String key) {
            return json().get(key);
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> content() {
            return (List<Map<String, Object>>) json().get("content");
        }

        public String code() {
            return body instanceof Map<?, ?> m ? (String) m.get("code") : null;
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> fieldErrors() {
            return (List<Map<String, Object>>) json().get("fieldErrors");
        }

        public List<String> errorFields() {
            return fieldErrors() == null ? List.of() : fieldErrors().stream().map(f -> (String) f.get("field")).toList();
        }

        public long id() {
            return ((Number) json().get("id")).longValue();
        }

        @Override
        public String toString() {
            return status + " " + raw;
        }
    }

    public Response login(String username, String password) {
        return send(HttpRequest.POST("/login", Map.of("username", username, "password", password)), null);
    }

    /** A bearer token for the user, signing in once and remembering it. */
    public String token(String username, String password) {
        return tokens.computeIfAbsent(username + "\u0000" + password, k -> {
            Response r = login(username, password);
            if (r.status() != 200) {
                throw new IllegalStateException("cannot sign in as " + username + ": " + r);
            }
            return (String) r.get("access_token");
        });
    }

    public void forget(String username) {
        tokens.keySet().removeIf(k -> k.startsWith(username + "\u0000"));
    }

    public Response get(String token, String path) {
        return send(HttpRequest.GET(path), token);
    }

    public Response post(String token, String path, Object body) {
        return send(HttpRequest.POST(path, body == null ? "" : body), token);
    }

    public Response put(String token, String path, Object body) {
        return send(HttpRequest.PUT(path, body), token);
    }

    public Response delete(String token, String path, Object body) {
        return send(body == null ? HttpRequest.DELETE(path) : HttpRequest.DELETE(path, body), token);
    }

    /** A raw body with a content type, for malformed and oversized requests. */
    public Response raw(String token, String method, String path, String body, MediaType type, UnaryOperator<MutableHttpRequest<?>> tweak) {
        MutableHttpRequest<?> request = HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), path)
                .body(body).contentType(type);
        return send(tweak.apply(request), token);
    }

    public Response send(MutableHttpRequest<?> request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        if (!request.getHeaders().contains("Accept")) {
            request.accept(MediaType.APPLICATION_JSON_TYPE);
        }
        try {
            HttpResponse<String> response = http.exchange(request, Argument.of(String.class), Argument.of(String.class));
            return parse(response.code(), response.getBody().orElse(null), response.getHeaders().asMap());
        } catch (HttpClientResponseException e) {
            String body = e.getResponse().getBody(String.class).orElse(null);
            return parse(e.getStatus().getCode(), body, e.getResponse().getHeaders().asMap());
        }
    }

    private Response parse(int status, String raw, Map<String, List<String>> headers) {
        Object body = null;
        if (raw != null && !raw.isBlank() && (raw.startsWith("{") || raw.startsWith("["))) {
            try {
                body = json.readValue(raw, Object.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Response(status, body, raw, headers);
    }
}
