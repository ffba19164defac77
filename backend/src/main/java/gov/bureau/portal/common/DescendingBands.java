package gov.bureau.portal.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores (0–100) cut into bands by descending lower bounds, as in the acceptance grades and the result
 * conclusions: the first bound a score reaches names its band, and a score below all of them falls into
 * the last band. Pure: no I/O.
 */
public final class DescendingBands {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DescendingBands() {
    }

    /**
     * The band of a score: {@code bands.get(i)} for the first lower bound {@code i} the score reaches,
     * the last band when it reaches none ({@code bands} has one more entry than {@code lowerBounds}).
     */
    public static <B> B bandOf(BigDecimal score, List<B> bands, BigDecimal... lowerBounds) {
        if (bands.size() != lowerBounds.length + 1) {
            throw new IllegalArgumentException("one band more than lower bounds expected");
        }
        for (int i = 0; i < lowerBounds.length; i++) {
            if (score.compareTo(lowerBounds[i]) >= 0) {
                return bands.get(i);
            }
        }
        return bands.get(lowerBounds.length);
    }

    /**
     * The problems of a table of lower bounds, given field by field from the highest down: each must lie
     * in (0, 100]; when all do, they must strictly descend, else {@code orderKey} is reported on
     * {@code orderField}.
     */
    public static List<FieldProblem> validate(Map<String, BigDecimal> boundsByField, String orderField, String orderKey) {
        List<FieldProblem> problems = new ArrayList<>();
        boundsByField.forEach((field, bound) -> {
            if (bound == null || bound.signum() <= 0 || bound.compareTo(HUNDRED) > 0) {
                problems.add(new FieldProblem(field, "validation.range", 0, 100));
            }
        });
        if (problems.isEmpty()) {
            BigDecimal above = null;
            for (BigDecimal bound : boundsByField.values()) {
                if (above != null && above.compareTo(bound) <= 0) {
                    problems.add(new FieldProblem(orderField, orderKey));
                    break;
                }
                above = bound;
            }
        }
        return problems;
    }
}
