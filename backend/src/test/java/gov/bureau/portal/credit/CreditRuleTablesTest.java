package gov.bureau.portal.credit;

import gov.bureau.portal.common.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CreditRuleTablesTest {

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void theDefaultsAreValidAndMatchDomainAndApi() {
        assertThat(CreditRuleTables.validateEventTypes(EventTypes.DEFAULT)).isEmpty();
        assertThat(CreditRuleTables.validateBands(CreditBands.DEFAULT)).isEmpty();
        assertThat(EventTypes.DEFAULT.types()).extracting(EventTypes.EventType::code).containsExactly(
                "ACCEPTANCE_EXCELLENT", "ACCEPTANCE_GOOD", "ACCEPTANCE_PASS", "ACCEPTANCE_FAIL", "LATE_SUBMISSION",
                "UNAPPROVED_TEAM_CHANGE", "REPORT_RETURNED_REPEATEDLY", "OBSTRUCTED_INSPECTION",
                "UNAUTHORISED_SUBCONTRACTING", "CONFIDENTIALITY_BREACH", "FALSE_REPORT", "COMMENDATION",
                "BID_RIGGING", "BRIBERY", "UNDECLARED_INTEREST", "NOMINAL_LEAD_EVALUATOR", "FABRICATED_WORKPAPERS",
                "SKIPPED_SITE_VERIFICATION", "COMPLAINT");
        assertThat(EventTypes.DEFAULT.types()).extracting(EventTypes.EventType::points)
                .containsExactly(3, 1, 0, -10, -2, -3, -2, -10, -20, -20, -40, 2, -40, -40, -10, -10, -20, -5, -3);
        assertThat(EventTypes.DEFAULT.types()).extracting(EventTypes.EventType::validityMonths)
                .containsExactly(36, 36, 36, 36, 12, 12, 12, 24, 36, 36, 36, 12, 36, 36, 24, 24, 36, 12, 12);
        assertThat(EventTypes.DEFAULT.types()).filteredOn(EventTypes.EventType::proposesBlacklist)
                .extracting(EventTypes.EventType::code).containsExactly("FALSE_REPORT", "BID_RIGGING", "BRIBERY");
        assertThat(new CreditRuleTables.ObjectionWindowTable().defaults().days()).isEqualTo(10);
        assertThat(new CreditRuleTables.BlacklistPeriodTable().defaults().months()).isEqualTo(36);
    }

    @Test
    void anAdminMayAddATypeAndChangePointsAndValidity() {
        List<EventTypes.EventType> types = new ArrayList<>(EventTypes.DEFAULT.types());
        types.set(4, new EventTypes.EventType("LATE_SUBMISSION", "逾期", "Late", -5, 18, false, EventSource.DEADLINE));
        types.add(new EventTypes.EventType("FEE_DISPUTE", "违规收费", "Improper fees", -8, 24, false, EventSource.COMPLAINT));
        assertThat(CreditRuleTables.validateEventTypes(new EventTypes(types))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "lower-case code, late_x, 名称, Name, -2, 12, DEADLINE, content.types[19].code",
            "duplicate code, LATE_SUBMISSION, 名称, Name, -2, 12, DEADLINE, content.types[19].code",
            "no Chinese name, NEW_TYPE, '', Name, -2, 12, DEADLINE, content.types[19].nameZh",
            "no English name, NEW_TYPE, 名称, ' ', -2, 12, DEADLINE, content.types[19].nameEn",
            "points too low, NEW_TYPE, 名称, Name, -101, 12, DEADLINE, content.types[19].points",
            "points too high, NEW_TYPE, 名称, Name, 101, 12, DEADLINE, content.types[19].points",
            "no validity, NEW_TYPE, 名称, Name, -2, 0, DEADLINE, content.types[19].validityMonths",
            "validity too long, NEW_TYPE, 名称, Name, -2, 121, DEADLINE, content.types[19].validityMonths",
            "acceptance source reserved, NEW_TYPE, 名称, Name, -2, 12, ACCEPTANCE, content.types[19].source",
            "no source, NEW_TYPE, 名称, Name, -2, 12, , content.types[19].source"})
    void aBadNewTypeIsNamedByItsField(String why, String code, String zh, String en, int points, int months,
                                      EventSource source, String field) {
        List<EventTypes.EventType> types = new ArrayList<>(EventTypes.DEFAULT.types());
        types.add(new EventTypes.EventType(code, zh, en, points, months, false, source));
        assertThat(fields(CreditRuleTables.validateEventTypes(new EventTypes(types)))).as(why).containsExactly(field);
    }

    @Test
    void theAcceptanceTypesCannotBeRemoved() {
        List<EventTypes.EventType> types = new ArrayList<>(EventTypes.DEFAULT.types());
        types.remove(0);
        List<FieldProblem> problems = CreditRuleTables.validateEventTypes(new EventTypes(types));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).field()).isEqualTo("content.types");
        assertThat(problems.get(0).args()).containsExactly("ACCEPTANCE_EXCELLENT");
        assertThat(fields(CreditRuleTables.validateEventTypes(new EventTypes(List.of())))).containsExactly("content.types");
    }

    @Test
    void anAcceptanceTypeCannotProposeBlacklisting() {
        List<EventTypes.EventType> types = new ArrayList<>(EventTypes.DEFAULT.types());
        types.set(3, new EventTypes.EventType("ACCEPTANCE_FAIL", "不合格", "Fail", -10, 36, true, EventSource.ACCEPTANCE));
        assertThat(fields(CreditRuleTables.validateEventTypes(new EventTypes(types)))).containsExactly("content.types[3].proposesBlacklist");
    }

    @ParameterizedTest(name = "base {0}, A {1}, B {2}, C {3}")
    @CsvSource({
            "101, 90, 75, 60, content.base",
            "-1, 90, 75, 60, content.base",
            "80, 75, 75, 60, content.minA",
            "80, 90, 60, 60, content.minB",
            "80, 90, 50, 60, content.minB",
            "80, 0, 75, 60, content.minA",
            "80, 101, 75, 60, content.minA",
            "80, 90, 75, 0, content.minC"})
    void badBands(int base, int a, int b, int c, String field) {
        assertThat(fields(CreditRuleTables.validateBands(new CreditBands(base, a, b, c)))).containsExactly(field);
    }

    @Test
    void windowAndPeriodRanges() {
        var window = new CreditRuleTables.ObjectionWindowTable();
        assertThat(window.validate(new CreditRuleTables.ObjectionWindow(0, false))).extracting(FieldProblem::field).containsExactly("content.days");
        assertThat(window.validate(new CreditRuleTables.ObjectionWindow(91, false))).hasSize(1);
        assertThat(window.validate(new CreditRuleTables.ObjectionWindow(15, true))).isEmpty();
        var period = new CreditRuleTables.BlacklistPeriodTable();
        assertThat(period.validate(new CreditRuleTables.BlacklistPeriod(0))).extracting(FieldProblem::field).containsExactly("content.months");
        assertThat(period.validate(new CreditRuleTables.BlacklistPeriod(60))).isEmpty();
    }

    @Test
    void acceptanceGradesMapToTheirTypes() {
        assertThat(EventTypes.acceptanceCode("EXCELLENT")).isEqualTo("ACCEPTANCE_EXCELLENT");
        assertThat(EventTypes.acceptanceCode("FAIL")).isEqualTo("ACCEPTANCE_FAIL");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventTypes.acceptanceCode("SUPERB"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
