package gov.bureau.portal.supervision;

import gov.bureau.portal.common.Messages;
import gov.bureau.portal.common.UsedMessageKeys;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every key the supervision code names has a text (both languages in step: {@code MessageBundlesTest}). */
class SupervisionMessagesTest {

    @Test
    void everyCodeAndKeyTheSupervisionAreaUsesHasAText() throws IOException {
        Set<String> used = UsedMessageKeys.in("supervision");
        Messages messages = new Messages();
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
        assertThat(used).allSatisfy(k -> assertThat(messages.has(k)).as(k).isTrue());
    }
}
