package gov.bureau.portal.engagement;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Abnormally low fees (DOMAIN.md §11, **default** 60 %): a procurement result whose fee is below this
 * share of the engagement's fee cap needs a recorded justification and flags the engagement.
 */
@Singleton
public class LowFeeRules implements RuleDefinition<LowFeeRules.Threshold> {

    public static final String KEY = "engagement.low-fee";

    /** {@code share}: a fraction of the fee cap (0.60); a fee strictly below cap × share is abnormally low. */
    @Serdeable
    public record Threshold(BigDecimal share) {

        /** The amount below which a fee is abnormally low, or empty when there is no cap to compare with. */
        public Optional<BigDecimal> limitFor(@Nullable BigDecimal cap) {
            return cap == null ? Optional.empty() : Optional.of(cap.multiply(share).setScale(2, RoundingMode.HALF_UP));
        }

        /** Whether this fee is abnormally low against this cap. */
        public boolean isLow(BigDecimal fee, @Nullable BigDecimal cap) {
            return limitFor(cap).map(limit -> fee.compareTo(limit) < 0).orElse(false);
        }
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Class<Threshold> type() {
        return Threshold.class;
    }

    @Override
    public Threshold defaults() {
        return new Threshold(new BigDecimal("0.60"));
    }

    /** A share from 0 to 1 with at most 4 decimals. */
    @Override
    public List<FieldProblem> validate(Threshold t) {
        List<FieldProblem> problems = new ArrayList<>();
        if (t.share() == null) {
            problems.add(new FieldProblem("content.share", "validation.required"));
        } else if (t.share().signum() < 0 || t.share().compareTo(BigDecimal.ONE) > 0 || t.share().stripTrailingZeros().scale() > 4) {
            problems.add(new FieldProblem("content.share", "validation.low-fee-share"));
        }
        return problems;
    }
}
