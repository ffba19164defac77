package gov.bureau.portal.credit;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Answers carrying a file: the name in Content-Disposition, ASCII fallback and UTF-8 form. */
final class Downloads {

    static final MediaType XLSX = MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    static <T> MutableHttpResponse<T> attachment(MutableHttpResponse<T> response, String fileName, MediaType type, boolean inline) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return response.contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? "inline" : "attachment") + "; filename=\"" + ascii
                        + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    static MutableHttpResponse<byte[]> xlsx(byte[] content, String fileName) {
        return attachment(HttpResponse.ok(content), fileName, XLSX, false);
    }
}
