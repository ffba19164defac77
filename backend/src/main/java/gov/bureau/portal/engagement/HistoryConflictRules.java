package gov.bureau.portal.engagement;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Conflicts from history (DOMAIN.md §12): which earlier work on a project rules an agency out of evaluating
 * it (**default** 事前绩效评估 and 绩效目标审核, at any time: {@code priorWorkYears} 0), and for how many years a
 * unit that was the agency's client rules it out of evaluating that unit (**default** 3; 0 switches it off).
 */
@Singleton
public class HistoryConflictRules implements RuleDefinition<HistoryConflictRules.Options> {

    public static final String KEY = "engagement.history-conflicts";

    @Serdeable
    public record Options(boolean exAnteAssessment, boolean targetReview, int priorWorkYears, int clientYears) {

        /** The kinds of earlier work on a project that rule an agency out of evaluating it. */
        public List<EngagementType> priorWorkTypes() {
            List<EngagementType> types = new ArrayList<>();
            if (exAnteAssessment) {
                types.add(EngagementType.EX_ANTE_ASSESSMENT);
            }
            if (targetReview) {
                types.add(EngagementType.TARGET_REVIEW);
            }
            return types;
        }
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
        return new Options(true, true, 0, 3);
    }

    @Override
    public List<FieldProblem> validate(Options o) {
        List<FieldProblem> problems = new ArrayList<>();
        if (o.priorWorkYears() < 0 || o.priorWorkYears() > 30) {
            problems.add(new FieldProblem("content.priorWorkYears", "validation.range", 0, 30));
        }
        if (o.clientYears() < 0 || o.clientYears() > 30) {
            problems.add(new FieldProblem("content.clientYears", "validation.range", 0, 30));
        }
        return problems;
    }
}
