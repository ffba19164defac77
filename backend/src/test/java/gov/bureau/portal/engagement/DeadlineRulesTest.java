package gov.bureau.portal.engagement;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineRulesTest {

    private final DeadlineRules rules = new DeadlineRules();
    private final DeadlineRules.Days days = rules.defaults();
    private final LocalDate entered = LocalDate.of(2026, 3, 1);

    @Test
    void eachStateIsDueSomeDaysAfterItWasEntered() {
        assertThat(days.dueDate(EngagementState.CREATED, entered, null)).contains(LocalDate.of(2026, 3, 16));
        assertThat(days.dueDate(EngagementState.AGENCY_SELECTED, entered, null)).contains(LocalDate.of(2026, 3, 6));
        assertThat(days.dueDate(EngagementState.REPORT_APPROVED, entered, null)).contains(LocalDate.of(2026, 3, 16));
        assertThat(days.dueDate(EngagementState.ACCEPTED, entered, null)).contains(LocalDate.of(2026, 3, 31));
    }

    @Test
    void fieldworkIsDueAtThePlannedEndAndFinalStatesNever() {
        assertThat(days.dueDate(EngagementState.IN_FIELDWORK, entered, LocalDate.of(2026, 6, 30))).contains(LocalDate.of(2026, 6, 30));
        assertThat(days.dueDate(EngagementState.IN_FIELDWORK, entered, LocalDate.of(2026, 1, 1))).contains(entered);
        assertThat(days.dueDate(EngagementState.CLOSED, entered, null)).isEmpty();
        assertThat(days.dueDate(EngagementState.TERMINATED, entered, null)).isEmpty();
    }

    @Test
    void daysOutsideTheRangeAreRefused() {
        assertThat(rules.validate(days)).isEmpty();
        assertThat(rules.validate(new DeadlineRules.Days(0, 5, 15, 10, 10, -1, 15, 15, 30, 400)))
                .extracting(p -> p.field()).containsExactly("content.created", "content.inFieldworkAfterPlannedEnd", "content.settled");
    }
}
