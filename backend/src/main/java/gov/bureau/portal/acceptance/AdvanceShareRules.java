package gov.bureau.portal.acceptance;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** How much of the fee may be paid in advances before acceptance (DOMAIN.md §5, **default** 30 %). */
@Singleton
public class AdvanceShareRules implements RuleDefinition<AdvanceShareRules.Share> {

    public static final String KEY = "acceptance.advance-share";

    @Serdeable
    public record Share(BigDecimal share) {
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Class<Share> type() {
        return Share.class;
    }

    @Override
    public Share defaults() {
        return new Share(new BigDecimal("0.30"));
    }

    @Override
    public List<FieldProblem> validate(Share s) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.share() == null || s.share().signum() < 0 || s.share().compareTo(BigDecimal.ONE) > 0) {
            problems.add(new FieldProblem("content.share", "validation.range", 0, 1));
        } else if (s.share().stripTrailingZeros().scale() > 4) {
            problems.add(new FieldProblem("content.share", "validation.digits", 1, 4));
        }
        return problems;
    }
}
