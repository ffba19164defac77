package gov.bureau.portal.results;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * From a result's score (0–100) to its conclusion (DOMAIN.md §9, **default** 财预〔2020〕10号 practice:
 * 优 ≥ 90, 良 80–89.9, 中 60–79.9, 差 &lt; 60). Each value is the lowest score of its conclusion.
 */
@Singleton
public class ResultBandRules implements RuleDefinition<ResultBandRules.Bands> {

    public static final String KEY = "results.bands";

    @Serdeable
    public record Bands(BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal mediumFrom) {

        public Conclusion conclusionOf(BigDecimal score) {
            if (score.compareTo(excellentFrom) >= 0) {
                return Conclusion.EXCELLENT;
            }
            if (score.compareTo(goodFrom) >= 0) {
                return Conclusion.GOOD;
            }
            if (score.compareTo(mediumFrom) >= 0) {
                return Conclusion.MEDIUM;
            }
            return Conclusion.POOR;
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
        check(problems, "content.excellentFrom", b.excellentFrom());
        check(problems, "content.goodFrom", b.goodFrom());
        check(problems, "content.mediumFrom", b.mediumFrom());
        if (problems.isEmpty() && !(b.excellentFrom().compareTo(b.goodFrom()) > 0 && b.goodFrom().compareTo(b.mediumFrom()) > 0)) {
            problems.add(new FieldProblem("content.goodFrom", "validation.result-bands-order"));
        }
        return problems;
    }

    private static void check(List<FieldProblem> problems, String field, BigDecimal v) {
        if (v == null || v.signum() <= 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new FieldProblem(field, "validation.range", 0, 100));
        }
    }
}
