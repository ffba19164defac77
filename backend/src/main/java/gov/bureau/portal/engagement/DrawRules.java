package gov.bureau.portal.engagement;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.agency.CreditGrade;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * The random draw's settings (DOMAIN.md §4, **defaults**): how many eligible agencies must remain
 * and the weight of each credit grade (信誉优先: A 3, B 2, C 1).
 */
@Singleton
public class DrawRules implements RuleDefinition<DrawRules.Settings> {

    public static final String KEY = "engagement.draw";

    /** No weight for D: the minimum grade may not be D ({@link EligibilityRules}), so no D agency is drawn. */
    @Serdeable
    public record Settings(int minimumEligible, int weightA, int weightB, int weightC) {

        public int weightOf(CreditGrade grade) {
            return switch (grade) {
                case A -> weightA;
                case B -> weightB;
                case C -> weightC;
                case D -> throw new IllegalArgumentException("a grade D agency is never eligible for a draw");
            };
        }
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
        return new Settings(3, 3, 2, 1);
    }

    @Override
    public List<FieldProblem> validate(Settings s) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.minimumEligible() < 1 || s.minimumEligible() > 50) {
            problems.add(new FieldProblem("content.minimumEligible", "validation.range", 1, 50));
        }
        String[] names = {"weightA", "weightB", "weightC"};
        int[] weights = {s.weightA(), s.weightB(), s.weightC()};
        for (int i = 0; i < names.length; i++) {
            if (weights[i] < 0 || weights[i] > 100) {
                problems.add(new FieldProblem("content." + names[i], "validation.range", 0, 100));
            }
        }
        if (s.weightA() < 1 || s.weightB() < 1 || s.weightC() < 1) {
            // the minimum grade may be C, and an eligible agency must be drawable
            problems.add(new FieldProblem("content.weightC", "validation.draw-weight-positive"));
        }
        return problems;
    }
}
