package gov.bureau.portal.common;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves {@code /swagger/portal.yml}: the document the build generated, normalised once by
 * {@link OpenApiNormalizer} (this route comes before the static {@code /swagger/**} files).
 */
@Hidden
@Controller("/swagger")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class OpenApiDocument {

    static final String RESOURCE = "META-INF/swagger/portal.yml";
    static final String CONTENT_TYPE = "application/yaml";

    private volatile String normalised;

    @Get(value = "/portal.yml", produces = CONTENT_TYPE)
    public HttpResponse<String> document() {
        String text = normalised;
        if (text == null) {
            text = OpenApiNormalizer.normalize(generated());
            normalised = text;
        }
        return HttpResponse.ok(text).contentType(CONTENT_TYPE);
    }

    /** The document as generated at build time. */
    public static String generated() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the build generates it (micronaut-openapi)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
