package gov.bureau.portal.acceptance;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * From the acceptance total (0–100) to the grade (DOMAIN.md §5, **default**: 优秀 ≥ 90, 良好 80–89,
 * 合格 60–79, 不合格 &lt; 60). Each value is the lowest total of its grade.
 */
@Singleton
public class GradeBandRules implements RuleDefinition<GradeBandRules.Bands> {

    public static final String KEY = "acceptance.grade-bands";

    @Serdeable
    public record Bands(BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal passFrom) {

        public AcceptanceGrade gradeOf(BigDecimal total) {
            if (total.compareTo(excellentFrom) >= 0) {
                return AcceptanceGrade.EXCELLENT;
            }
            if (total.compareTo(goodFrom) >= 0) {
                return AcceptanceGrade.GOOD;
            }
            if (total.compareTo(passFrom) >= 0) {
                return AcceptanceGrade.PASS;
            }
            return AcceptanceGrade.FAIL;
        }
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Class<Bands> type() {
        return Bands.class;
    }

    @Override
    public Bands defaults() {
        return new Bands(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60"));
    }

    @Override
    public List<FieldProblem> validate(Bands b) {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal hundred = BigDecimal.valueOf(100);
        if (b.excellentFrom() == null || b.excellentFrom().signum() <= 0 || b.excellentFrom().compareTo(hundred) > 0) {
            problems.add(new FieldProblem("content.excellentFrom", "validation.range", 0, 100));
        }
        if (b.goodFrom() == null || b.goodFrom().signum() <= 0 || b.goodFrom().compareTo(hundred) > 0) {
            problems.add(new FieldProblem("content.goodFrom", "validation.range", 0, 100));
        }
        if (b.passFrom() == null || b.passFrom().signum() <= 0 || b.passFrom().compareTo(hundred) > 0) {
            problems.add(new FieldProblem("content.passFrom", "validation.range", 0, 100));
        }
        if (problems.isEmpty() && !(b.excellentFrom().compareTo(b.goodFrom()) > 0 && b.goodFrom().compareTo(b.passFrom()) > 0)) {
            problems.add(new FieldProblem("content.goodFrom", "validation.grade-bands-order"));
        }
        return problems;
    }
}
