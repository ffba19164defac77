package gov.bureau.portal.agency;

import gov.bureau.portal.common.PortalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeStateTest {

    @ParameterizedTest(name = "{1} from {0}: {2}")
    @CsvSource({
            ", EDIT, true", "EDITING, EDIT, true", "RETURNED, EDIT, true", "REJECTED, EDIT, true", "SUBMITTED, EDIT, false",
            ", SUBMIT, false", "EDITING, SUBMIT, true", "RETURNED, SUBMIT, true", "REJECTED, SUBMIT, false",
            "SUBMITTED, SUBMIT, false",
            "SUBMITTED, RETURN, true", "EDITING, RETURN, false", "SUBMITTED, REJECT, true", "RETURNED, REJECT, false",
            "SUBMITTED, APPLY, true", "EDITING, APPLY, false", ", APPLY, false",
            ", DISCARD, false", "EDITING, DISCARD, true", "RETURNED, DISCARD, true", "REJECTED, DISCARD, true",
            "SUBMITTED, DISCARD, false",
            ", DROP, false", "EDITING, DROP, true", "SUBMITTED, DROP, true", "REJECTED, DROP, true"})
    void moves(ChangeState from, ChangeState.Move move, boolean allowed) {
        assertThat(move.allowedFrom(from)).isEqualTo(allowed);
    }

    @Test
    void aChangeEndsWithoutItsContentWhenAppliedDiscardedOrRefused() {
        Agency a = inPool(ChangeState.SUBMITTED);
        AgencyService.moveChange(a, ChangeState.Move.RETURN, "X");
        assertThat(a.getChangeState()).isEqualTo(ChangeState.RETURNED);
        assertThat(a.getPendingChange()).isNotNull();
        AgencyService.moveChange(a, ChangeState.Move.SUBMIT, "X");
        AgencyService.moveChange(a, ChangeState.Move.REJECT, "X");
        assertThat(a.getChangeState()).isEqualTo(ChangeState.REJECTED);
        assertThat(a.getPendingChange()).isNull();

        Agency b = inPool(ChangeState.SUBMITTED);
        AgencyService.moveChange(b, ChangeState.Move.APPLY, "X");
        assertThat(b.getChangeState()).isNull();
        assertThat(b.getPendingChange()).isNull();
    }

    @Test
    void aMoveNotAllowedIsAConflictNamingTheReviewWhileTheBureauHasTheChange() {
        assertThatThrownBy(() -> AgencyService.moveChange(inPool(ChangeState.SUBMITTED), ChangeState.Move.DISCARD,
                "NOTHING_TO_DISCARD")).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.code()).isEqualTo("CHANGE_UNDER_REVIEW"));
        assertThatThrownBy(() -> AgencyService.moveChange(inPool(null), ChangeState.Move.DISCARD, "NOTHING_TO_DISCARD"))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("NOTHING_TO_DISCARD"));
    }

    @Test
    void canEditTellsWithoutThrowing() {
        assertThat(AgencyService.canEdit(withStatus(AgencyStatus.DRAFT, null))).isTrue();
        assertThat(AgencyService.canEdit(withStatus(AgencyStatus.SUBMITTED, null))).isFalse();
        assertThat(AgencyService.canEdit(inPool(null))).isTrue();
        assertThat(AgencyService.canEdit(inPool(ChangeState.REJECTED))).isTrue();
        assertThat(AgencyService.canEdit(inPool(ChangeState.SUBMITTED))).isFalse();
        assertThat(AgencyService.canEdit(withStatus(AgencyStatus.WITHDRAWN, null))).isFalse();
        assertThatThrownBy(() -> AgencyService.editMode(inPool(ChangeState.SUBMITTED)))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("CHANGE_UNDER_REVIEW"));
    }

    private static Agency inPool(ChangeState state) {
        return withStatus(AgencyStatus.APPROVED, state);
    }

    private static Agency withStatus(AgencyStatus status, ChangeState state) {
        Agency a = new Agency();
        a.setStatus(status);
        a.setChangeState(state);
        a.setPendingChange(state == null || !state.open() ? null : "{}");
        return a;
    }
}
