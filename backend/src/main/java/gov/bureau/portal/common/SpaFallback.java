package gov.bureau.portal.common;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;
import java.util.Optional;

/**
 * The front end routes in the browser (history mode): a page such as {@code /agencies/12} exists
 * only there. A browser asking the server for such a path gets {@code index.html}; API paths keep
 * their JSON 404. {@code HEAD} answers as {@code GET} does.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class SpaFallback {

    private static final List<String> SERVER_PREFIXES =
            List.of("/api/", "/api", "/login", "/logout", "/oauth/", "/health", "/swagger", "/swagger-ui");

    private final ResourceResolver resources;
    private final ErrorResponseProcessor<?> errors;

    public SpaFallback(ResourceResolver resources, ErrorResponseProcessor<?> errors) {
        this.resources = resources;
        this.errors = errors;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    public HttpResponse<?> notFound(HttpRequest<?> request) {
        if (isPageRequest(request)) {
            Optional<HttpResponse<?>> page = indexPage();
            if (page.isPresent()) {
                return page.get();
            }
        }
        return errors.processResponse(ErrorContext.builder(request).build(), HttpResponse.notFound());
    }

    /** The sign-in page shares its path with the sign-in endpoint (POST /login, API.md). */
    @Get(value = "/login", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> signInPage(HttpRequest<?> request) {
        return indexPage().orElseGet(() -> errors.processResponse(ErrorContext.builder(request).build(), HttpResponse.notFound()));
    }

    private Optional<HttpResponse<?>> indexPage() {
        return resources.getResource("classpath:public/index.html").map(index -> HttpResponse.ok(new StreamedFile(index))
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-cache"));
    }

    static boolean isServerPath(String path) {
        for (String prefix : SERVER_PREFIXES) {
            if (path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    static boolean isPageRequest(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
            return false;
        }
        String path = request.getPath();
        if (isServerPath(path)) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.contains(".")) {
            return false; // a missing asset, not a page
        }
        return request.accept().stream().anyMatch(m -> m.matches(MediaType.TEXT_HTML_TYPE));
    }

    /**
     * {@code HEAD} of a page or a static file answers as {@code GET} does: the server sends a HEAD
     * answer of a file without its type and length, so they are set here.
     */
    @io.micronaut.http.annotation.ServerFilter("/**")
    public static class HeadAsGet {

        private final ResourceResolver resources;
        private final long indexLength;

        public HeadAsGet(ResourceResolver resources) {
            this.resources = resources;
            this.indexLength = lengthOf("classpath:public/index.html");
        }

        @io.micronaut.http.annotation.ResponseFilter
        public void head(HttpRequest<?> request, io.micronaut.http.MutableHttpResponse<?> response) {
            if (request.getMethod() != HttpMethod.HEAD || response.code() != 200 || response.getContentType().isPresent()
                    || isServerPath(request.getPath()) && !request.getPath().startsWith("/swagger")) {
                return;
            }
            String path = request.getPath();
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (!last.contains(".") || last.equals("index.html") && !path.startsWith("/swagger")) {
                response.contentType(MediaType.TEXT_HTML_TYPE);
                if (indexLength >= 0) {
                    response.contentLength(indexLength);
                }
            } else {
                response.contentType(MediaType.forFilename(last));
            }
        }

        private long lengthOf(String resource) {
            return resources.getResourceAsStream(resource).map(in -> {
                try (in) {
                    return (long) in.readAllBytes().length;
                } catch (java.io.IOException e) {
                    return -1L;
                }
            }).orElse(-1L);
        }
    }
}
