package gov.bureau.portal.supervision;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The credit messages exist in both languages, and every key the credit code names has a text. */
class SupervisionMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(SupervisionMessagesTest.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("supervision_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("supervision.properties").stringPropertyNames()));
    }

    @Test
    void everyCodeAndKeyTheSupervisionAreaUsesHasAText() throws IOException {
        Properties area = load("supervision.properties");
        Properties shared = load("messages.properties");
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(validation\\.[a-z0-9-]+)\"");
        Pattern code = Pattern.compile("conflict\\(\"([A-Z_]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/gov/bureau/portal/supervision"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                Matcher m = key.matcher(source);
                while (m.find()) {
                    used.add(m.group(1));
                }
                m = code.matcher(source);
                while (m.find()) {
                    used.add("error." + m.group(1));
                }
            }
        }
        // codes built at run time: the item's state, the repair rule's refusals
        used.remove("error.INSPECTION_ITEM_");
        for (ItemStatus status : ItemStatus.values()) {
            used.add("error.INSPECTION_ITEM_" + status.name());
        }
        used.add("error.REPAIR_TOO_EARLY");
        used.add("error.REPAIR_NOT_AGAIN");
        used.add("error.REPAIR_NOT_REVIEWED");
        used.add("error.REPAIR_DECIDED");
        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(k -> assertThat(area.containsKey(k) || shared.containsKey(k)).as(k).isTrue());
    }
}
