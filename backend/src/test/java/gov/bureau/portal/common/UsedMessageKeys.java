package gov.bureau.portal.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * For the areas' message tests: the message keys an area's main code names literally, the
 * {@code "validation.…"} keys and the {@code error.<CODE>} of each {@code conflict("CODE")}.
 */
public final class UsedMessageKeys {

    private static final Pattern KEY = Pattern.compile("\"(validation\\.[a-z0-9-]+)\"");
    private static final Pattern CODE = Pattern.compile("conflict\\(\"([A-Z_]+)\"");

    private UsedMessageKeys() {
    }

    /** The keys named in {@code src/main/java/gov/bureau/portal/<area>}. */
    public static Set<String> in(String area) throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/gov/bureau/portal", area))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                Matcher m = KEY.matcher(source);
                while (m.find()) {
                    used.add(m.group(1));
                }
                m = CODE.matcher(source);
                while (m.find()) {
                    used.add("error." + m.group(1));
                }
            }
        }
        return used;
    }
}
