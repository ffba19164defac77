package gov.bureau.portal.audit;

import gov.bureau.portal.common.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log names actions in the reader's language; a code without a name reads as itself. */
class AuditMessagesTest {

    @Test
    void actionsAreNamedInTheReadersLanguage() {
        AuditReading reading = new AuditReading(new Messages(), List.of());
        assertThat(reading.actionName(Locale.SIMPLIFIED_CHINESE, "AGENCY_BLACKLISTED")).isEqualTo("列入黑名单");
        assertThat(reading.actionName(Locale.ENGLISH, "AGENCY_BLACKLISTED")).isEqualTo("Blacklisted");
        assertThat(reading.entityTypeName(Locale.SIMPLIFIED_CHINESE, "Agency")).isEqualTo("机构");
        assertThat(reading.actionName(Locale.ENGLISH, "SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }
}
