package gov.bureau.portal.common;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Answers that carry a file: its name in Content-Disposition (an ASCII fallback and the UTF-8 form,
 * so Chinese names survive), no content sniffing, no caching of personal documents.
 */
public final class Downloads {

    private Downloads() {
    }

    public static <T> MutableHttpResponse<T> file(MutableHttpResponse<T> response, String fileName, MediaType type, boolean inline) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return response.contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? "inline" : "attachment") + "; filename=\"" + ascii
                        + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    public static MutableHttpResponse<byte[]> attachment(byte[] content, String fileName, MediaType type) {
        return file(HttpResponse.ok(content), fileName, type, false);
    }

    public static MutableHttpResponse<byte[]> xlsx(byte[] content, String fileName) {
        return attachment(content, fileName, MediaType.of(Spreadsheet.CONTENT_TYPE));
    }
}
