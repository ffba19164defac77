package gov.bureau.portal.acceptance;

import gov.bureau.portal.common.FieldProblem;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores an engagement against a template version (DOMAIN.md §5): each item exactly once, between 0
 * and its maximum, in steps of at most one decimal; the total decides the grade, the grade the ratio.
 */
public final class Scoring {

    public record Score(@Nullable String itemId, @Nullable BigDecimal points) {
    }

    /** The scored items in template order, the total, the grade and the fee ratio. */
    public record Outcome(Map<ScoringTemplateRules.Item, BigDecimal> points, BigDecimal total, AcceptanceGrade grade,
                          BigDecimal feeRatio) {
    }

    /** A score above its item's maximum; the browser refuses it in the box with this message (AcceptanceForms). */
    public static final String ABOVE_MAX = "validation.score-above-max";

    private Scoring() {
    }

    /** Problems with the scores, field by field ({@code scores[i].points}); empty when they are valid. */
    public static List<FieldProblem> check(ScoringTemplateRules.Template template, List<Score> scores) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, ScoringTemplateRules.Item> items = new HashMap<>();
        template.items().forEach(i -> items.put(i.id(), i));
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            String at = "scores[" + i + "]";
            ScoringTemplateRules.Item item = s == null || s.itemId() == null ? null : items.get(s.itemId());
            if (item == null) {
                problems.add(new FieldProblem(at + ".itemId", "validation.score-unknown-item"));
                continue;
            }
            if (seen.put(item.id(), i) != null) {
                problems.add(new FieldProblem(at + ".itemId", "validation.score-duplicate-item"));
            }
            if (s.points() == null) {
                problems.add(new FieldProblem(at + ".points", "validation.required"));
            } else if (s.points().signum() < 0) {
                problems.add(new FieldProblem(at + ".points", "validation.not-negative"));
            } else if (s.points().compareTo(item.maxPoints()) > 0) {
                problems.add(new FieldProblem(at + ".points", ABOVE_MAX, item.maxPoints().stripTrailingZeros().toPlainString()));
            } else if (s.points().stripTrailingZeros().scale() > 1) {
                problems.add(new FieldProblem(at + ".points", "validation.score-precision"));
            }
        }
        List<String> missing = template.items().stream().filter(i -> !seen.containsKey(i.id())).map(ScoringTemplateRules.Item::name).toList();
        if (!missing.isEmpty()) {
            problems.add(new FieldProblem("scores", "validation.score-missing-items", String.join("、", missing)));
        }
        return problems;
    }

    /** Scores that {@link #check} accepted: the total, grade and ratio. */
    public static Outcome score(ScoringTemplateRules.Template template, List<Score> scores, GradeBandRules.Bands bands,
                                FeeRatioRules.Ratios ratios) {
        List<FieldProblem> problems = check(template, scores);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("scores were not checked: " + problems);
        }
        Map<String, BigDecimal> byItem = new HashMap<>();
        scores.forEach(s -> byItem.put(s.itemId(), s.points()));
        Map<ScoringTemplateRules.Item, BigDecimal> points = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (ScoringTemplateRules.Item item : template.items()) {
            BigDecimal p = byItem.get(item.id()).setScale(1, java.math.RoundingMode.UNNECESSARY);
            points.put(item, p);
            total = total.add(p);
        }
        AcceptanceGrade grade = bands.gradeOf(total);
        return new Outcome(points, total, grade, ratios.ratioFor(grade));
    }
}
