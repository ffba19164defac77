package gov.bureau.portal.audit;

import gov.bureau.portal.common.Messages;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log's names in both languages stay in step; a code without a name reads as itself. */
class AuditMessagesTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = AuditMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndValidPatterns() throws Exception {
        Properties zh = load("audit.properties");
        Properties en = load("audit_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        for (String key : zh.stringPropertyNames()) {
            new MessageFormat(zh.getProperty(key), Locale.CHINESE);
            new MessageFormat(en.getProperty(key), Locale.ENGLISH);
        }
    }

    @Test
    void actionsAreNamedInTheReadersLanguage() {
        AuditReading reading = new AuditReading(new Messages(), List.of());
        assertThat(reading.actionName(Locale.SIMPLIFIED_CHINESE, "AGENCY_BLACKLISTED")).isEqualTo("列入黑名单");
        assertThat(reading.actionName(Locale.ENGLISH, "AGENCY_BLACKLISTED")).isEqualTo("Blacklisted");
        assertThat(reading.entityTypeName(Locale.SIMPLIFIED_CHINESE, "Agency")).isEqualTo("机构");
        assertThat(reading.actionName(Locale.ENGLISH, "SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }
}
