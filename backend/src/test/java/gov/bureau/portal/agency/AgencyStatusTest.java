package gov.bureau.portal.agency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyStatusTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "DRAFT, SUBMITTED, true", "DRAFT, APPROVED, false", "SUBMITTED, APPROVED, true", "SUBMITTED, RETURNED, true",
            "SUBMITTED, REJECTED, true", "RETURNED, SUBMITTED, true", "RETURNED, APPROVED, false",
            "APPROVED, SUSPENDED, true", "APPROVED, WITHDRAWN, true", "APPROVED, SUBMITTED, false",
            "SUSPENDED, APPROVED, true", "SUSPENDED, WITHDRAWN, true", "REJECTED, SUBMITTED, false",
            "WITHDRAWN, APPROVED, false", "WITHDRAWN, SUBMITTED, false", "DRAFT, WITHDRAWN, false"})
    void transitions(AgencyStatus from, AgencyStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void editingAndPoolMembership() {
        assertThat(AgencyStatus.DRAFT.editableDraft()).isTrue();
        assertThat(AgencyStatus.RETURNED.editableDraft()).isTrue();
        assertThat(AgencyStatus.SUBMITTED.editableDraft()).isFalse();
        assertThat(AgencyStatus.APPROVED.inPool()).isTrue();
        assertThat(AgencyStatus.SUSPENDED.inPool()).isTrue();
        assertThat(AgencyStatus.WITHDRAWN.inPool()).isFalse();
    }

    @Test
    void queriesTakeTheirStatusListsFromTheEnum() {
        assertThat(AgencyStatus.sqlList(AgencyStatus::inPool)).isEqualTo("'APPROVED', 'SUSPENDED'");
        assertThat(AgencyStatus.sqlList(AgencyStatus::publiclyListed)).isEqualTo("'APPROVED', 'SUSPENDED'");
        assertThat(AgencyStatus.sqlList(s -> false)).isEmpty();
    }

    @ParameterizedTest(name = "{0} confirmed {1} on {2}: overdue {3}")
    @CsvSource({
            "APPROVED, , 2026-03-31, false",
            "APPROVED, , 2026-04-01, true",
            "APPROVED, 2025, 2026-04-01, true",
            "APPROVED, 2026, 2026-04-01, false",
            "SUSPENDED, 2025, 2026-12-31, true",
            "SUBMITTED, , 2026-12-31, false",
            "WITHDRAWN, 2020, 2026-12-31, false",
            "APPROVED, 2025, 2026-01-15, false"})
    void annualConfirmationIsOverdueAfterTheDeadline(AgencyStatus status, Integer confirmed, LocalDate today, boolean overdue) {
        AgencyRules.AnnualConfirmation rule = new AgencyRules.AnnualConfirmationRule().defaults();
        assertThat(rule.overdue(status, confirmed, today)).isEqualTo(overdue);
    }

    @Test
    void aTwentyNinthOfFebruaryDeadlineFallsBackInOtherYears() {
        AgencyRules.AnnualConfirmation rule = new AgencyRules.AnnualConfirmation(2, 29);
        assertThat(rule.deadlineIn(2028)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(rule.deadlineIn(2026)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(new AgencyRules.AnnualConfirmationRule().validate(new AgencyRules.AnnualConfirmation(2, 30))).hasSize(1);
        assertThat(new AgencyRules.AnnualConfirmationRule().validate(new AgencyRules.AnnualConfirmation(13, 1))).hasSize(1);
        assertThat(new AgencyRules.CertificateExpiryRule().validate(new AgencyRules.CertificateExpiry(0))).hasSize(1);
        assertThat(new AgencyRules.CertificateExpiryRule().validate(new AgencyRules.CertificateExpiry(30))).isEmpty();
    }
}
