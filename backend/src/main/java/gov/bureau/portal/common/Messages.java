package gov.bureau.portal.common;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages in the caller's language: Chinese unless the request asks for English
 * ({@code Accept-Language: en}).
 */
@Singleton
public class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /**
     * One bundle per area, so that areas add messages without touching each other's files: every
     * {@code i18n/<area>.properties} on the class path ({@link MessageBundles}). No key is in two bundles.
     */
    private static final List<String> BUNDLES = MessageBundles.discover(Messages.class.getClassLoader());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Renders a message; the bundles are UTF-8 properties files with MessageFormat patterns. */
    public String get(Locale locale, String key, Object... args) {
        String pattern = pattern(supported(locale), key);
        if (pattern == null) {
            return key;
        }
        return args == null || args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, supported(locale)).format(args);
    }

    public String get(HttpRequest<?> request, String key, Object... args) {
        return get(localeOf(request), key, args);
    }

    public boolean has(String key) {
        return pattern(CHINESE, key) != null;
    }

    private static String pattern(Locale locale, String key) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale, NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException absent) {
                // this area has no messages
            }
        }
        return null;
    }

    /** The bundles' base names, for the test that keeps languages in step. */
    public static List<String> bundles() {
        return BUNDLES;
    }

    public static Locale localeOf(HttpRequest<?> request) {
        if (request == null) {
            return CHINESE;
        }
        String header = request.getHeaders().get("Accept-Language");
        if (header == null || header.isBlank()) {
            return CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("en")) {
                    return Locale.ENGLISH;
                }
                if (tag.startsWith("zh")) {
                    return CHINESE;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return CHINESE;
        }
        return CHINESE;
    }

    private static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }
}
