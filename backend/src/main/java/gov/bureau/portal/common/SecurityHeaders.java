package gov.bureau.portal.common;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers every answer carries (issue 8 "Pages", issue 9.5): a Content-Security-Policy (nothing
 * inline, nothing from elsewhere; Swagger UI's own page may run its one inline script and its logo's
 * one style element, allowed by their hashes), no MIME sniffing, no referrer, no framing; {@code index.html} is revalidated on every visit,
 * the hashed files under {@code /assets} are cached for a year.
 */
@ServerFilter("/**")
public class SecurityHeaders implements Ordered {

    /** The policy the front end is built for (frontend/e2e/harness.mjs runs every page under it). */
    public static final String APP_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "font-src 'self'",
            "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

    static final String SWAGGER_UI_PAGE = "classpath:META-INF/swagger/views/swagger-ui/index.html";
    static final List<String> SWAGGER_UI_SCRIPTS = List.of(
            "classpath:META-INF/swagger/views/swagger-ui/res/swagger-ui-standalone-preset.js",
            "classpath:META-INF/swagger/views/swagger-ui/res/swagger-ui-bundle.js");
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final String swaggerUiPolicy;

    public SecurityHeaders(ResourceResolver resources) {
        List<String> scriptHashes = resources.getResourceAsStream(SWAGGER_UI_PAGE).map(SecurityHeaders::inlineScriptHashes).orElse(List.of());
        List<String> styleHashes = new ArrayList<>();
        for (String bundle : SWAGGER_UI_SCRIPTS) {
            resources.getResourceAsStream(bundle).ifPresent(in -> styleHashes.addAll(createdStyleHashes(in)));
        }
        // Swagger UI sets style attributes from its scripts (allowed), shows data: icons and draws its
        // logo with one <style> element of fixed content (allowed by its hash, read from its script)
        this.swaggerUiPolicy = String.join("; ",
                "default-src 'self'", sources("script-src 'self'", scriptHashes), sources("style-src 'self'", styleHashes),
                "img-src 'self' data:", "font-src 'self'",
                "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");
    }

    private static String sources(String directive, List<String> hashes) {
        StringBuilder out = new StringBuilder(directive);
        hashes.stream().distinct().forEach(h -> out.append(" '").append(h).append('\''));
        return out.toString();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    public void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("Content-Security-Policy", path.startsWith("/swagger-ui") ? swaggerUiPolicy : APP_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        if (path.startsWith("/assets/") && response.code() == 200) {
            headers.set("Cache-Control", IMMUTABLE);
        } else if (isPage(path, response)) {
            headers.set("Cache-Control", "no-cache");
        }
    }

    private static boolean isPage(String path, MutableHttpResponse<?> response) {
        return path.equals("/") || path.endsWith(".html")
                || response.getContentType().map(t -> t.matches(MediaType.TEXT_HTML_TYPE)).orElse(false);
    }

    /** The CSP hashes ('sha256-…') of a page's inline scripts. */
    static List<String> inlineScriptHashes(InputStream page) {
        return hashesOf(page, Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL), false);
    }

    /** The CSP hashes of the {@code <style>} elements a React script creates with fixed text. */
    static List<String> createdStyleHashes(InputStream script) {
        return hashesOf(script, Pattern.compile("createElement\\(\"style\",null,\"((?:[^\"\\\\]|\\\\.)*)\"\\)"), true);
    }

    private static List<String> hashesOf(InputStream in, Pattern pattern, boolean jsString) {
        try (in) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = pattern.matcher(text);
            List<String> hashes = new ArrayList<>();
            while (m.find()) {
                String content = m.group(1);
                if (jsString && content.contains("\\")) {
                    continue; // escapes would need a JavaScript parser; Swagger UI's logo style has none
                }
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
                hashes.add("sha256-" + Base64.getEncoder().encodeToString(digest));
            }
            return hashes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
