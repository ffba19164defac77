package gov.bureau.portal.credit;

import gov.bureau.portal.common.PortalException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static gov.bureau.portal.credit.EventStatus.EFFECTIVE;
import static gov.bureau.portal.credit.EventStatus.OBJECTED;
import static gov.bureau.portal.credit.EventStatus.PROPOSED;
import static gov.bureau.portal.credit.EventStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An event changes status only through {@link CreditEvent#moveTo}, along {@link EventStatus}. */
class CreditEventTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");

    private static CreditEvent event(EventStatus status) {
        CreditEvent e = new CreditEvent();
        e.setStatus(status);
        e.setValidityMonths(12);
        e.setProposedOn(TODAY.minusDays(3));
        e.setObjectionDeadline(TODAY.plusDays(7));
        e.setEffectiveOn(TODAY.plusDays(8));
        e.setExpiresOn(TODAY.plusDays(8).plusMonths(12));
        return e;
    }

    private static String conflict(Runnable move) {
        try {
            move.run();
        } catch (PortalException e) {
            assertThat(e.status().getCode()).isEqualTo(409);
            return e.code();
        }
        throw new AssertionError("the move was allowed");
    }

    @Test
    void allowedMovesChangeTheStatus() {
        for (EventStatus from : EventStatus.values()) {
            for (EventStatus to : from.next()) {
                CreditEvent e = event(from);
                e.moveTo(to);
                assertThat(e.getStatus()).as(from + " -> " + to).isEqualTo(to);
            }
        }
    }

    @Test
    void refusedMovesAre409NamedAfterWhatStandsInTheWay() {
        assertThat(conflict(() -> event(WITHDRAWN).moveTo(EFFECTIVE))).isEqualTo("CREDIT_EVENT_WITHDRAWN");
        assertThat(conflict(() -> event(WITHDRAWN).moveTo(WITHDRAWN))).isEqualTo("CREDIT_EVENT_WITHDRAWN");
        assertThat(conflict(() -> event(OBJECTED).moveTo(PROPOSED))).isEqualTo("OBJECTION_PENDING");
        assertThat(conflict(() -> event(EFFECTIVE).moveTo(EFFECTIVE))).isEqualTo("CREDIT_EVENT_NOT_PROPOSED");
        assertThat(conflict(() -> event(EFFECTIVE).moveTo(PROPOSED))).isEqualTo("CREDIT_EVENT_TRANSITION");
        CreditEvent e = event(WITHDRAWN);
        assertThatThrownBy(() -> e.moveTo(PROPOSED)).isInstanceOf(PortalException.class);
        assertThat(e.getStatus()).isEqualTo(WITHDRAWN);
    }

    @Test
    void aConfirmationPutsAProposalInForceTodayWhenTheRuleTableSaysSo() {
        CreditEvent e = event(PROPOSED);
        e.confirm("admin", NOW, TODAY, true);
        assertThat(e.getStatus()).isEqualTo(EFFECTIVE);
        assertThat(e.getEffectiveOn()).isEqualTo(TODAY);
        assertThat(e.getExpiresOn()).isEqualTo(TODAY.plusMonths(12));
        assertThat(e.getConfirmedByName()).isEqualTo("admin");
        // a proposal whose window passed keeps the day it came into force by itself
        CreditEvent late = event(PROPOSED);
        late.setEffectiveOn(TODAY.minusDays(2));
        late.setExpiresOn(TODAY.minusDays(2).plusMonths(12));
        late.confirm("admin", NOW, TODAY, true);
        assertThat(late.getEffectiveOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(conflict(() -> event(EFFECTIVE).confirm("admin", NOW, TODAY, true))).isEqualTo("CREDIT_EVENT_NOT_PROPOSED");
    }

    @Test
    void aConfirmationLeavesTheAgencyItsObjectionWindow() {
        CreditEvent e = event(PROPOSED);
        e.confirm("admin", NOW, TODAY, false);
        // confirmed, and still counting from the end of the window only
        assertThat(e.getStatus()).isEqualTo(PROPOSED);
        assertThat(e.confirmedInWindow()).isTrue();
        assertThat(e.getEffectiveOn()).isEqualTo(TODAY.plusDays(8));
        assertThat(e.getExpiresOn()).isEqualTo(TODAY.plusDays(8).plusMonths(12));
        assertThat(e.getConfirmedByName()).isEqualTo("admin");
        assertThat(e.fact().inForce(TODAY)).isFalse();
        assertThat(e.fact().inForce(TODAY.plusDays(8))).isTrue();
        assertThat(e.objectable(TODAY, false)).isTrue();
        assertThat(conflict(() -> e.confirm("admin", NOW, TODAY, false))).isEqualTo("CREDIT_EVENT_CONFIRMED");
        assertThat(e.dueToComeIntoForce(TODAY.plusDays(8))).isTrue();
        // an objection within the window suspends it like any proposal
        e.objected();
        assertThat(e.getStatus()).isEqualTo(OBJECTED);
        // a proposal whose window passed is in force when confirmed, from the day it came into force
        CreditEvent late = event(PROPOSED);
        late.setEffectiveOn(TODAY.minusDays(2));
        late.setExpiresOn(TODAY.minusDays(2).plusMonths(12));
        late.confirm("admin", NOW, TODAY, false);
        assertThat(late.getStatus()).isEqualTo(EFFECTIVE);
        assertThat(late.getEffectiveOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(conflict(() -> event(OBJECTED).confirm("admin", NOW, TODAY, false))).isEqualTo("OBJECTION_PENDING");
        assertThat(conflict(() -> event(WITHDRAWN).confirm("admin", NOW, TODAY, false))).isEqualTo("CREDIT_EVENT_WITHDRAWN");
    }

    @Test
    void aWaiverEndsTheWindowAndTheEventCountsFromThatDay() {
        CreditEvent e = event(PROPOSED);
        e.waiveObjection("agency1", NOW, TODAY);
        assertThat(e.getObjectionWaivedByName()).isEqualTo("agency1");
        assertThat(e.getObjectionWaivedAt()).isEqualTo(NOW);
        assertThat(e.getEffectiveOn()).isEqualTo(TODAY);
        assertThat(e.getExpiresOn()).isEqualTo(TODAY.plusMonths(12));
        assertThat(e.fact().inForce(TODAY)).isTrue();
        assertThat(e.objectable(TODAY, false)).isFalse();
        assertThat(conflict(() -> e.waiveObjection("agency1", NOW, TODAY))).isEqualTo("OBJECTION_WAIVED");
        // the ADMIN's confirmation then puts it in force at once: the window is over
        e.confirm("admin", NOW, TODAY, false);
        assertThat(e.getStatus()).isEqualTo(EFFECTIVE);
        assertThat(e.getEffectiveOn()).isEqualTo(TODAY);

        assertThat(conflict(() -> event(EFFECTIVE).waiveObjection("agency1", NOW, TODAY))).isEqualTo("CREDIT_WAIVER_NOT_OPEN");
        assertThat(conflict(() -> event(WITHDRAWN).waiveObjection("agency1", NOW, TODAY))).isEqualTo("CREDIT_WAIVER_NOT_OPEN");
        assertThat(conflict(() -> event(OBJECTED).waiveObjection("agency1", NOW, TODAY))).isEqualTo("OBJECTION_EXISTS");
        assertThat(conflict(() -> event(PROPOSED).waiveObjection("agency1", NOW, TODAY.plusDays(8)))).isEqualTo("OBJECTION_WINDOW_CLOSED");
    }

    @Test
    void anObjectionSuspendsAProposalAndLeavesAnEventInForce() {
        CreditEvent proposed = event(PROPOSED);
        proposed.objected();
        assertThat(proposed.getStatus()).isEqualTo(OBJECTED);
        CreditEvent inForce = event(EFFECTIVE);
        inForce.objected();
        assertThat(inForce.getStatus()).isEqualTo(EFFECTIVE);
        assertThat(conflict(() -> event(WITHDRAWN).objected())).isEqualTo("CREDIT_EVENT_WITHDRAWN");

        proposed.objectionDismissed(TODAY);
        assertThat(proposed.getStatus()).isEqualTo(EFFECTIVE);
        assertThat(proposed.getEffectiveOn()).isEqualTo(TODAY);
        assertThat(proposed.getExpiresOn()).isEqualTo(TODAY.plusMonths(12));
        LocalDate since = inForce.getEffectiveOn();
        inForce.objectionDismissed(TODAY);
        assertThat(inForce.getEffectiveOn()).isEqualTo(since);
    }

    @Test
    void aWithdrawalRecordsWhoWhenAndWhy() {
        CreditEvent e = event(EFFECTIVE);
        e.withdraw("admin", NOW, "表彰文件尚未印发");
        assertThat(e.getStatus()).isEqualTo(WITHDRAWN);
        assertThat(e.getWithdrawnByName()).isEqualTo("admin");
        assertThat(e.getWithdrawnAt()).isEqualTo(NOW);
        assertThat(e.getWithdrawalReason()).isEqualTo("表彰文件尚未印发");
        assertThat(conflict(() -> e.withdraw("admin", NOW, "again"))).isEqualTo("CREDIT_EVENT_WITHDRAWN");
    }

    @Test
    void onlyAProposalPastItsWindowIsDue() {
        CreditEvent e = event(PROPOSED);
        assertThat(e.dueToComeIntoForce(TODAY)).isFalse();
        assertThat(e.dueToComeIntoForce(TODAY.plusDays(8))).isTrue();
        assertThat(event(OBJECTED).dueToComeIntoForce(TODAY.plusDays(8))).isFalse();
    }
}
