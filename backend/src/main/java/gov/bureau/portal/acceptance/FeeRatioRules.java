package gov.bureau.portal.acceptance;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The share of the fee that each acceptance grade makes payable (考核结果与费用挂钩, DOMAIN.md §5,
 * **default**: 优秀 100 %, 良好 95 %, 合格 85 %, 不合格 0 %). Fractions, at most four decimals. An
 * engagement applies the version in force when its contract was made.
 */
@Singleton
public class FeeRatioRules implements RuleDefinition<FeeRatioRules.Ratios> {

    public static final String KEY = "acceptance.fee-ratios";

    @Serdeable
    public record Ratios(BigDecimal excellent, BigDecimal good, BigDecimal pass, BigDecimal fail) {

        public BigDecimal ratioFor(AcceptanceGrade grade) {
            return switch (grade) {
                case EXCELLENT -> excellent;
                case GOOD -> good;
                case PASS -> pass;
                case FAIL -> fail;
            };
        }
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Class<Ratios> type() {
        return Ratios.class;
    }

    @Override
    public Ratios defaults() {
        return new Ratios(new BigDecimal("1.00"), new BigDecimal("0.95"), new BigDecimal("0.85"), new BigDecimal("0.00"));
    }

    @Override
    public List<FieldProblem> validate(Ratios r) {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, "excellent", r.excellent());
        check(problems, "good", r.good());
        check(problems, "pass", r.pass());
        check(problems, "fail", r.fail());
        if (problems.isEmpty() && (r.good().compareTo(r.excellent()) > 0 || r.pass().compareTo(r.good()) > 0
                || r.fail().compareTo(r.pass()) > 0)) {
            problems.add(new FieldProblem("content.good", "validation.fee-ratios-order"));
        }
        return problems;
    }

    private static void check(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            problems.add(new FieldProblem("content." + field, "validation.range", 0, 1));
        } else if (value.stripTrailingZeros().scale() > 4) {
            problems.add(new FieldProblem("content." + field, "validation.digits", 1, 4));
        }
    }
}
