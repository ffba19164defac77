package gov.bureau.portal.experts;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The panel draw's settings (DOMAIN.md §10, **defaults**): panel size 3, at most 4 panels on one
 * agency's work per year, equal weights until an expert has 3 ratings, half a day per sitting.
 * A rated expert's weight is its average rating (1–5, rounded half up); an unrated one weighs
 * {@code unratedWeight}.
 */
@Singleton
public class PanelDrawRules implements RuleDefinition<PanelDrawRules.Settings> {

    public static final String KEY = "experts.panel-draw";

    @Serdeable
    public record Settings(int defaultSize, @Min(1) @Max(100) int rotationLimit, @Min(1) @Max(100) int minRatings,
                           @Min(1) @Max(5) int unratedWeight, BigDecimal defaultDays) {
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Class<Settings> type() {
        return Settings.class;
    }

    @Override
    public Settings defaults() {
        return new Settings(3, 4, 3, 3, new BigDecimal("0.5"));
    }

    @Override
    public List<FieldProblem> validate(Settings s) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.defaultSize() < 1 || s.defaultSize() > 15 || s.defaultSize() % 2 == 0) {
            problems.add(new FieldProblem("content.defaultSize", "validation.panel-size"));
        }
        if (s.defaultDays() == null || !Fees.isHalfDays(s.defaultDays())) {
            problems.add(new FieldProblem("content.defaultDays", "validation.half-days"));
        }
        return problems;
    }
}
