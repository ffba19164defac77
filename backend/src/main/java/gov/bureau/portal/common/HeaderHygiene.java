package gov.bureau.portal.common;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Locale;

/**
 * Drops an {@code Accept-Language} or {@code Accept} header the framework cannot read (e.g. ",,,",
 * which makes its own parser fail with a 500 before any controller runs): such a request is answered
 * as if the header were absent (Chinese, any type). Found by {@code FuzzTest}.
 */
@ServerFilter("/**")
public class HeaderHygiene implements Ordered {

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @RequestFilter
    public void clean(MutableHttpRequest<?> request) {
        MutableHttpHeaders headers = request.getHeaders();
        String language = headers.get("Accept-Language");
        if (language != null && !readableLanguages(language)) {
            headers.remove("Accept-Language");
        }
        String accept = headers.get("Accept");
        if (accept != null && !listWithoutGaps(accept)) {
            headers.remove("Accept");
        }
    }

    static boolean readableLanguages(String header) {
        if (!listWithoutGaps(header)) {
            return false;
        }
        try {
            Locale.LanguageRange.parse(header);
            return true;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** A comma-separated list whose every item has a value before its parameters ("a;q=1, b", not ",," or ";q=1"). */
    static boolean listWithoutGaps(String header) {
        if (header.isBlank()) {
            return false;
        }
        for (String item : header.split(",", -1)) {
            String value = item.split(";", 2)[0];
            if (value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
