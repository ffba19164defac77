package gov.bureau.portal.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every area's messages, one parity test for all (the front end's is {@code src/i18n/messages.test.js}):
 * each {@code i18n/<area>.properties} (Chinese) has an {@code <area>_en.properties} with the same keys,
 * and every text is a valid MessageFormat pattern in its language.
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void everyAreaHasTheSameKeysInChineseAndEnglishAndValidPatterns() throws IOException {
        List<Path> chinese;
        try (Stream<Path> files = Files.list(BUNDLES)) {
            chinese = files.filter(f -> f.getFileName().toString().endsWith(".properties"))
                    .filter(f -> !f.getFileName().toString().endsWith("_en.properties")).sorted().toList();
        }
        assertThat(chinese).extracting(f -> f.getFileName().toString()).contains("messages.properties", "agency.properties",
                "credit.properties", "engagement.properties");
        for (Path zhFile : chinese) {
            Path enFile = zhFile.resolveSibling(zhFile.getFileName().toString().replace(".properties", "_en.properties"));
            assertThat(enFile).as("English beside " + zhFile.getFileName()).exists();
            Properties zh = load(zhFile);
            Properties en = load(enFile);
            assertThat(en.stringPropertyNames()).as(enFile.getFileName() + " vs " + zhFile.getFileName())
                    .containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
            for (String key : zh.stringPropertyNames()) {
                assertThatCode(() -> new MessageFormat(zh.getProperty(key), Locale.CHINESE)).as(zhFile.getFileName() + " " + key)
                        .doesNotThrowAnyException();
                assertThatCode(() -> new MessageFormat(en.getProperty(key), Locale.ENGLISH)).as(enFile.getFileName() + " " + key)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void theBundlesAreFoundWithoutAListAndNoKeyIsInTwo() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(BUNDLES)) {
            files = list.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties") && !n.endsWith("_en.properties"))
                    .map(n -> "i18n." + n.substring(0, n.length() - ".properties".length())).sorted().toList();
        }
        assertThat(Messages.bundles()).isEqualTo(files);
        Map<String, String> owner = new HashMap<>();
        for (String bundle : files) {
            for (String key : load(BUNDLES.resolve(bundle.substring("i18n.".length()) + ".properties")).stringPropertyNames()) {
                assertThat(owner.putIfAbsent(key, bundle)).as(key + " in " + bundle).isNull();
            }
        }
    }

    @Test
    void theBundlesAreFoundInAJarToo(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("areas.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("i18n/messages.properties", "i18n/zeta.properties", "i18n/zeta_en.properties",
                    "i18n/nested/other.properties", "elsewhere/beta.properties")) {
                out.putNextEntry(new JarEntry(name));
                out.write("k=v\n".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(MessageBundles.discover(loader)).containsExactly("i18n.messages", "i18n.zeta");
        }
    }
}
