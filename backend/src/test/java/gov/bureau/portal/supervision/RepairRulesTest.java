package gov.bureau.portal.supervision;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RepairRulesTest {

    private static final SupervisionRules.Settings S = SupervisionRules.DEFAULT_SETTINGS;
    private static final LocalDate SINCE = LocalDate.of(2026, 1, 31);

    @Test
    void anEventWaitsThreeMonthsAndABlacklistingAYear() {
        assertThat(RepairRules.check(false, SINCE, LocalDate.of(2026, 4, 29), null, S)).get()
                .isEqualTo(new RepairRules.Refusal("REPAIR_TOO_EARLY", LocalDate.of(2026, 4, 30)));
        assertThat(RepairRules.check(false, SINCE, LocalDate.of(2026, 4, 30), null, S)).isEmpty();
        assertThat(RepairRules.check(true, SINCE, LocalDate.of(2026, 12, 31), null, S)).get()
                .extracting(RepairRules.Refusal::code).isEqualTo("REPAIR_TOO_EARLY");
        assertThat(RepairRules.check(true, SINCE, LocalDate.of(2027, 1, 31), null, S)).isEmpty();
    }

    @Test
    void anAgencyRepairedThatOffendsAgainWithinTwoYearsCannotRepairAgain() {
        LocalDate repaired = LocalDate.of(2025, 6, 1);
        assertThat(RepairRules.check(false, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 1, 1), repaired, S)).get()
                .extracting(RepairRules.Refusal::code).isEqualTo("REPAIR_NOT_AGAIN");
        assertThat(RepairRules.check(false, LocalDate.of(2027, 5, 31), LocalDate.of(2027, 9, 1), repaired, S)).get()
                .extracting(RepairRules.Refusal::code).isEqualTo("REPAIR_NOT_AGAIN");
        // offended again after the period: a second repair is possible
        assertThat(RepairRules.check(false, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 9, 1), repaired, S)).isEmpty();
        // an older record, already there before the repair, is not a new offence
        assertThat(RepairRules.check(false, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), repaired, S)).isEmpty();
    }

    @Test
    void theSettingsDefaultsAreValidAndTheDisclosurePeriodsAtLeastAMonth() {
        assertThat(SupervisionRules.validateSettings(S)).isEmpty();
        assertThat(SupervisionRules.validateChecklist(SupervisionRules.DEFAULT_CHECKLIST)).isEmpty();
        assertThat(SupervisionRules.validateSettings(new SupervisionRules.Settings(new java.math.BigDecimal("0"), 3, 10,
                new java.math.BigDecimal("0.2"), 1, 2, 0, 12, 24))).extracting(p -> p.field())
                .containsExactly("content.recheckShare", "content.repairEventMonths");
    }
}
