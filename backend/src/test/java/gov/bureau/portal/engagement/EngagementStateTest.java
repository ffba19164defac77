package gov.bureau.portal.engagement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;

import static gov.bureau.portal.engagement.EngagementState.*;
import static org.assertj.core.api.Assertions.assertThat;

class EngagementStateTest {

    @Test
    void statesAreSpelledAsInTheDomain() {
        assertThat(EngagementState.values()).extracting(Enum::name).containsExactly(
                "CREATED", "AGENCY_SELECTED", "ACCEPTED_BY_AGENCY", "PLAN_SUBMITTED", "PLAN_APPROVED", "IN_FIELDWORK",
                "REPORT_SUBMITTED", "REPORT_APPROVED", "ACCEPTED", "SETTLED", "CLOSED", "TERMINATED");
    }

    @ParameterizedTest
    @CsvSource({
            "CREATED, AGENCY_SELECTED", "AGENCY_SELECTED, ACCEPTED_BY_AGENCY", "AGENCY_SELECTED, CREATED",
            "ACCEPTED_BY_AGENCY, PLAN_SUBMITTED", "PLAN_SUBMITTED, PLAN_APPROVED", "PLAN_SUBMITTED, ACCEPTED_BY_AGENCY",
            "PLAN_APPROVED, IN_FIELDWORK", "IN_FIELDWORK, REPORT_SUBMITTED", "REPORT_SUBMITTED, REPORT_APPROVED",
            "REPORT_SUBMITTED, IN_FIELDWORK", "REPORT_APPROVED, ACCEPTED", "ACCEPTED, SETTLED", "ACCEPTED, REPORT_SUBMITTED",
            "SETTLED, CLOSED", "SETTLED, ACCEPTED"})
    void theLifecycleMovesForwardAndThroughItsReviewLoops(EngagementState from, EngagementState to) {
        assertThat(from.canMoveTo(to)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "CREATED, ACCEPTED_BY_AGENCY", "CREATED, PLAN_SUBMITTED", "AGENCY_SELECTED, PLAN_SUBMITTED",
            "ACCEPTED_BY_AGENCY, PLAN_APPROVED", "PLAN_SUBMITTED, IN_FIELDWORK", "PLAN_APPROVED, REPORT_SUBMITTED",
            "IN_FIELDWORK, REPORT_APPROVED", "IN_FIELDWORK, ACCEPTED", "REPORT_SUBMITTED, ACCEPTED",
            "REPORT_APPROVED, SETTLED", "ACCEPTED, CLOSED", "SETTLED, CREATED", "CLOSED, CREATED", "CLOSED, SETTLED",
            "TERMINATED, CREATED", "PLAN_APPROVED, PLAN_SUBMITTED", "ACCEPTED, ACCEPTED", "CREATED, CREATED"})
    void skippingOrGoingBackOutsideTheLoopsIsRefused(EngagementState from, EngagementState to) {
        assertThat(from.canMoveTo(to)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = EngagementState.class, names = {"CLOSED", "TERMINATED"}, mode = EnumSource.Mode.EXCLUDE)
    void everyStateThatIsNotFinalMayBeTerminated(EngagementState state) {
        assertThat(state.isFinal()).isFalse();
        assertThat(state.canMoveTo(TERMINATED)).isTrue();
        assertThat(state.next()).contains(TERMINATED);
    }

    @ParameterizedTest
    @EnumSource(value = EngagementState.class, names = {"CLOSED", "TERMINATED"})
    void finalStatesLeadNowhere(EngagementState state) {
        assertThat(state.isFinal()).isTrue();
        assertThat(state.next()).isEmpty();
        for (EngagementState target : EngagementState.values()) {
            assertThat(state.canMoveTo(target)).as(state + " -> " + target).isFalse();
        }
    }

    @Test
    void workInProgressRunsFromConfirmationToTheApprovedReport() {
        EnumSet<EngagementState> inProgress = EnumSet.noneOf(EngagementState.class);
        for (EngagementState s : EngagementState.values()) {
            if (s.inProgress()) {
                inProgress.add(s);
            }
        }
        assertThat(inProgress).containsExactlyInAnyOrder(ACCEPTED_BY_AGENCY, PLAN_SUBMITTED, PLAN_APPROVED, IN_FIELDWORK,
                REPORT_SUBMITTED, REPORT_APPROVED);
    }

    @Test
    void paymentsAreTakenFromTheContractUntilSettlement() {
        assertThat(EnumSet.allOf(EngagementState.class).stream().filter(EngagementState::acceptsPayments)).containsExactly(
                ACCEPTED_BY_AGENCY, PLAN_SUBMITTED, PLAN_APPROVED, IN_FIELDWORK, REPORT_SUBMITTED, REPORT_APPROVED, ACCEPTED, SETTLED);
    }
}
