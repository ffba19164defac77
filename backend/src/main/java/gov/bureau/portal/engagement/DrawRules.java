package gov.bureau.portal.engagement;

import gov.bureau.portal.agency.CreditGrade;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The random draw's settings (DOMAIN.md §4, **defaults**): how many eligible agencies must remain
 * and the weight of each credit grade (信誉优先: A 3, B 2, C 1).
 */
@Singleton
public class DrawRules implements RuleDefinition<DrawRules.Settings> {

    public static final String KEY = "engagement.draw";

    /**
     * No weight for D: the minimum grade may not be D ({@link EligibilityRules}), so no D agency is drawn.
     * A, B and C weigh at least 1, as the minimum grade may be C and an eligible agency must be drawable.
     */
    @Serdeable
    public record Settings(@Min(1) @Max(50) int minimumEligible,
                           @Min(value = 1, message = "{validation.draw-weight-positive}") @Max(100) int weightA,
                           @Min(value = 1, message = "{validation.draw-weight-positive}") @Max(100) int weightB,
                           @Min(value = 1, message = "{validation.draw-weight-positive}") @Max(100) int weightC) {

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
}
