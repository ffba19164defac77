package gov.bureau.portal.credit;

import gov.bureau.portal.rules.RuleVersion;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultTypesUpgradeTest {

    private static RuleVersion<EventTypes> version(int n, List<EventTypes.EventType> types) {
        return new RuleVersion<>(n, "credit.event-types", n, new EventTypes(types), "system", Instant.EPOCH, "test");
    }

    @Test
    void aTableStoredBeforeTheSupervisionTypesGainsThemOnce() {
        List<EventTypes.EventType> old = EventTypes.DEFAULT.types().stream()
                .filter(t -> !EventTypes.SUPERVISION_CODES.contains(t.code())).toList();
        assertThat(DefaultTypesUpgrade.missing(List.of(version(1, old)), EventTypes.DEFAULT))
                .extracting(EventTypes.EventType::code).containsExactlyElementsOf(EventTypes.SUPERVISION_CODES);
        assertThat(DefaultTypesUpgrade.missing(List.of(version(1, EventTypes.DEFAULT.types())), EventTypes.DEFAULT)).isEmpty();
    }

    @Test
    void aTypeAnAdminRemovedStaysRemoved() {
        List<EventTypes.EventType> withoutBribery = EventTypes.DEFAULT.types().stream()
                .filter(t -> !t.code().equals("BRIBERY")).toList();
        assertThat(DefaultTypesUpgrade.missing(List.of(version(2, withoutBribery), version(1, EventTypes.DEFAULT.types())),
                EventTypes.DEFAULT)).isEmpty();
    }
}
