package gov.bureau.portal.experts;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Expert fees per day by title (DOMAIN.md §10, **defaults** after 财科教〔2017〕128号 practice):
 * SENIOR 1,500 yuan, INTERMEDIATE and OTHER 900 yuan. A fee keeps the version it was computed with.
 */
@Singleton
public class FeeRules implements RuleDefinition<FeeRules.Rates> {

    public static final String KEY = "experts.fees";
    private static final BigDecimal MAX = new BigDecimal("100000.00");

    @Serdeable
    public record Rates(BigDecimal seniorPerDay, BigDecimal intermediatePerDay, BigDecimal otherPerDay) {

        public BigDecimal perDay(ExpertTitle title) {
            return switch (title) {
                case SENIOR -> seniorPerDay;
                case INTERMEDIATE -> intermediatePerDay;
                case OTHER -> otherPerDay;
            };
        }
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Class<Rates> type() {
        return Rates.class;
    }

    @Override
    public Rates defaults() {
        return new Rates(new BigDecimal("1500.00"), new BigDecimal("900.00"), new BigDecimal("900.00"));
    }

    @Override
    public List<FieldProblem> validate(Rates r) {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, "seniorPerDay", r.seniorPerDay());
        check(problems, "intermediatePerDay", r.intermediatePerDay());
        check(problems, "otherPerDay", r.otherPerDay());
        return problems;
    }

    private static void check(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(MAX) > 0 || value.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("content." + field, "validation.amount-range", "0.00", MAX.toPlainString()));
        }
    }
}
