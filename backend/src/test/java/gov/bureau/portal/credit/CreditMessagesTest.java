package gov.bureau.portal.credit;

import gov.bureau.portal.common.Messages;
import gov.bureau.portal.common.UsedMessageKeys;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every key the credit code names has a text (both languages in step: {@code MessageBundlesTest}). */
class CreditMessagesTest {

    @Test
    void everyCodeAndKeyTheCreditAreaUsesHasAText() throws IOException {
        Set<String> used = UsedMessageKeys.in("credit");
        Messages messages = new Messages();
        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(k -> assertThat(messages.has(k)).as(k).isTrue());
    }
}
