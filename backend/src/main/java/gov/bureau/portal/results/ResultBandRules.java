package gov.bureau.portal.results;

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
 * From a result's score (0–100) to its conclusion (DOMAIN.md §9, **default** 财预〔2020〕10号 practice:
 * 优 ≥ 90, 良 80–89.9, 中 60–79.9, 差 &lt; 60). Each value is the lowest score of its conclusion.
 */
@Singleton
public class ResultBandRules implements RuleDefinition<ResultBandRules.Bands> {

    public static final String KEY = "results.bands";

    @Serdeable
    public record Bands(BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal mediumFrom) {

        private static final List<Conclusion> CONCLUSIONS =
                List.of(Conclusion.EXCELLENT, Conclusion.GOOD, Conclusion.MEDIUM, Conclusion.POOR);

        public Conclusion conclusionOf(BigDecimal score) {
            return DescendingBands.bandOf(score, CONCLUSIONS, excellentFrom, goodFrom, mediumFrom);
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
        bounds.put("content.mediumFrom", b.mediumFrom());
        return DescendingBands.validate(bounds, "content.goodFrom", "validation.result-bands-order");
    }
}
