package gov.bureau.portal.acceptance;

import gov.bureau.portal.common.DescendingBands;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * From the acceptance total (0–100) to the grade (DOMAIN.md §5, **default**: 优秀 ≥ 90, 良好 80–89,
 * 合格 60–79, 不合格 &lt; 60). Each value is the lowest total of its grade.
 */
@Singleton
public class GradeBandRules implements RuleDefinition<GradeBandRules.Bands> {

    public static final String KEY = "acceptance.grade-bands";

    @Serdeable
    public record Bands(BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal passFrom) {

        private static final List<AcceptanceGrade> GRADES =
                List.of(AcceptanceGrade.EXCELLENT, AcceptanceGrade.GOOD, AcceptanceGrade.PASS, AcceptanceGrade.FAIL);

        public AcceptanceGrade gradeOf(BigDecimal total) {
            return DescendingBands.bandOf(total, GRADES, excellentFrom, goodFrom, passFrom);
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
        Map<String, BigDecimal> bounds = new LinkedHashMap<>();
        bounds.put("content.excellentFrom", b.excellentFrom());
        bounds.put("content.goodFrom", b.goodFrom());
        bounds.put("content.passFrom", b.passFrom());
        return DescendingBands.validate(bounds, "content.goodFrom", "validation.grade-bands-order");
    }
}
