package gov.bureau.portal.engagement;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.agency.CreditGrade;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may be chosen by MERIT or DRAW (DOMAIN.md §4, **defaults**): the minimum credit grade (C), an
 * optional limit of engagements in progress (3; on), optional rotation (not the agency that evaluated
 * the same unit in the previous year; off).
 */
@Singleton
public class EligibilityRules implements RuleDefinition<EligibilityRules.Options> {

    public static final String KEY = "engagement.eligibility";

    @Serdeable
    public record Options(CreditGrade minimumGrade, boolean limitInProgress, @Min(1) @Max(100) int maxInProgress, boolean rotation) {
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Class<Options> type() {
        return Options.class;
    }

    @Override
    public Options defaults() {
        return new Options(CreditGrade.C, true, 3, false);
    }

    @Override
    public List<FieldProblem> validate(Options o) {
        List<FieldProblem> problems = new ArrayList<>();
        if (o.minimumGrade() == null) {
            problems.add(new FieldProblem("content.minimumGrade", "validation.required"));
        } else if (o.minimumGrade() == CreditGrade.D) {
            problems.add(new FieldProblem("content.minimumGrade", "validation.minimum-grade-d"));
        }
        return problems;
    }
}
