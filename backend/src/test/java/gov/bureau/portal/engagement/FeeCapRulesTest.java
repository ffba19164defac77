package gov.bureau.portal.engagement;

import gov.bureau.portal.common.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeeCapRulesTest {

    private final FeeCapRules rules = new FeeCapRules();
    private final FeeCapRules.Table table = rules.defaults();

    @ParameterizedTest
    @CsvSource({
            "KEY_EVALUATION, 0, 80000.00",
            "KEY_EVALUATION, 999999.99, 80000.00",
            "KEY_EVALUATION, 1000000, 200000.00",
            "KEY_EVALUATION, 9999999.99, 200000.00",
            "KEY_EVALUATION, 10000000, 400000.00",
            "KEY_EVALUATION, 50000000, 600000.00",
            "KEY_EVALUATION, 900000000000, 600000.00",
            "TARGET_REVIEW, 500000, 30000.00",
            "SELF_EVALUATION_REVIEW, 20000000, 150000.00",
            "MONITORING, 1000000, 120000.00",
            "OTHER, 60000000, 400000.00"})
    void theCapIsFoundByTypeAndFundsBand(EngagementType type, BigDecimal funds, BigDecimal cap) {
        assertThat(table.capFor(type, funds)).contains(cap);
    }

    @Test
    void theDefaultTableCoversEveryTypeAndIsValid() {
        assertThat(rules.validate(table)).isEmpty();
        for (EngagementType type : EngagementType.values()) {
            assertThat(table.capFor(type, BigDecimal.ZERO)).as(type.name()).isPresent();
        }
    }

    @Test
    void aTableWithAGapOrNoOpenBandIsRefused() {
        List<FeeCapRules.Cap> caps = new ArrayList<>(table.caps());
        caps.removeIf(c -> c.type() == EngagementType.OTHER && c.fundsFrom().compareTo(new BigDecimal("1000000")) == 0);
        List<FieldProblem> problems = rules.validate(new FeeCapRules.Table(caps));
        assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("validation.fee-cap-bands");
        assertThat(problems.get(0).args()).containsExactly("OTHER");

        List<FeeCapRules.Cap> closed = new ArrayList<>(table.caps());
        closed.replaceAll(c -> c.type() == EngagementType.MONITORING && c.fundsBelow() == null
                ? new FeeCapRules.Cap(c.type(), c.fundsFrom(), new BigDecimal("90000000"), c.cap()) : c);
        assertThat(rules.validate(new FeeCapRules.Table(closed))).extracting(FieldProblem::field).containsExactly("content.caps");
    }

    @Test
    void negativeCapsAndInvertedBandsAreRefusedFieldByField() {
        List<FeeCapRules.Cap> caps = new ArrayList<>(table.caps());
        caps.set(0, new FeeCapRules.Cap(caps.get(0).type(), BigDecimal.ZERO, new BigDecimal("1000000"), new BigDecimal("-1")));
        caps.set(1, new FeeCapRules.Cap(caps.get(1).type(), new BigDecimal("1000000"), new BigDecimal("5"), BigDecimal.ONE));
        assertThat(rules.validate(new FeeCapRules.Table(caps))).extracting(FieldProblem::field)
                .containsExactly("content.caps[0].cap", "content.caps[1].fundsBelow");
        assertThat(rules.validate(new FeeCapRules.Table(List.of()))).extracting(FieldProblem::field).containsExactly("content.caps");
    }
}
