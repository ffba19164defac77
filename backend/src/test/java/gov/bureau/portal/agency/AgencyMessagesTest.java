package gov.bureau.portal.agency;

import gov.bureau.portal.agency.validation.Amounts;
import gov.bureau.portal.agency.validation.Dates;
import gov.bureau.portal.agency.validation.ResidentId;
import gov.bureau.portal.agency.validation.Uscc;
import gov.bureau.portal.common.Messages;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem an agency rule names has a text (both languages in step: {@code MessageBundlesTest}). */
class AgencyMessagesTest {

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
