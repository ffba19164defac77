package gov.bureau.portal.agency;

import gov.bureau.portal.agency.validation.Amounts;
import gov.bureau.portal.agency.validation.Dates;
import gov.bureau.portal.agency.validation.ResidentId;
import gov.bureau.portal.agency.validation.Uscc;
import gov.bureau.portal.common.Messages;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese and English texts of the agency area stay in step, and every problem a rule names has a text. */
class AgencyMessagesTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = AgencyMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndValidPatterns() throws Exception {
        Properties zh = load("agency.properties");
        Properties en = load("agency_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        for (String key : zh.stringPropertyNames()) {
            new MessageFormat(zh.getProperty(key), Locale.CHINESE);
            new MessageFormat(en.getProperty(key), Locale.ENGLISH);
        }
    }

    @Test
    void everyProblemOfTheRulesHasAMessage() {
        Messages messages = new Messages();
        for (Uscc.Problem p : Uscc.Problem.values()) {
            assertThat(messages.has("validation.uscc." + p)).as(p.name()).isTrue();
        }
        for (ResidentId.Problem p : ResidentId.Problem.values()) {
            assertThat(messages.has("validation.resident-id." + p)).as(p.name()).isTrue();
        }
        for (Amounts.Problem p : Amounts.Problem.values()) {
            assertThat(messages.has("validation.amount." + p)).as(p.name()).isTrue();
        }
        for (Dates.Problem p : Dates.Problem.values()) {
            assertThat(messages.has("validation.date." + p)).as(p.name()).isTrue();
        }
        for (AgencyType t : AgencyType.values()) {
            assertThat(messages.get(Locale.ENGLISH, "agency.type." + t)).isNotEqualTo("agency.type." + t);
        }
        for (AgencyStatus s : AgencyStatus.values()) {
            assertThat(messages.has("agency.status." + s)).isTrue();
        }
        assertThat(messages.get(Locale.ENGLISH, "inbox.agency.returned", "X", 2)).contains("version 2");
    }
}
