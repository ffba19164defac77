package gov.bureau.portal.results;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Result application (结果应用, DOMAIN.md §9, **default** from the bureau's practice): for each
 * conclusion the suggested budget action and the share of the evaluated year's funds it concerns
 * (优: COMMEND_PRIORITY; 良: RECTIFY; 中: REDUCE 30 %–50 %; 差: CANCEL 100 %).
 */
@Singleton
public class ApplicationRules implements RuleDefinition<ApplicationRules.Table> {

    public static final String KEY = "results.application";

    /** {@code minShare}/{@code maxShare}: fractions of the evaluated year's funds, or null for no amount. */
    @Serdeable
    public record Entry(Conclusion conclusion, BudgetAction action, @Nullable BigDecimal minShare, @Nullable BigDecimal maxShare) {
    }

    @Serdeable
    public record Table(List<Entry> entries) {

        public Entry entryFor(Conclusion conclusion) {
            return entries.stream().filter(e -> e.conclusion() == conclusion).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no application entry for " + conclusion));
        }

        /** The suggested action and range in yuan for a conclusion and the evaluated year's funds (null funds: no range). */
        public Suggestion suggest(Conclusion conclusion, @Nullable BigDecimal funds) {
            Entry e = entryFor(conclusion);
            if (e.minShare() == null || funds == null) {
                return new Suggestion(e.action(), null, null);
            }
            return new Suggestion(e.action(), share(funds, e.minShare()), share(funds, e.maxShare()));
        }

        private static BigDecimal share(BigDecimal funds, BigDecimal share) {
            return funds.multiply(share).setScale(2, RoundingMode.HALF_UP);
        }
    }

    public record Suggestion(BudgetAction action, @Nullable BigDecimal min, @Nullable BigDecimal max) {
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Class<Table> type() {
        return Table.class;
    }

    @Override
    public Table defaults() {
        return new Table(List.of(
                new Entry(Conclusion.EXCELLENT, BudgetAction.COMMEND_PRIORITY, null, null),
                new Entry(Conclusion.GOOD, BudgetAction.RECTIFY, null, null),
                new Entry(Conclusion.MEDIUM, BudgetAction.REDUCE, new BigDecimal("0.30"), new BigDecimal("0.50")),
                new Entry(Conclusion.POOR, BudgetAction.CANCEL, BigDecimal.ONE, BigDecimal.ONE)));
    }

    @Override
    public List<FieldProblem> validate(Table t) {
        List<FieldProblem> problems = new ArrayList<>();
        if (t.entries() == null) {
            problems.add(new FieldProblem("content.entries", "validation.required"));
            return problems;
        }
        Set<Conclusion> seen = EnumSet.noneOf(Conclusion.class);
        for (int i = 0; i < t.entries().size(); i++) {
            Entry e = t.entries().get(i);
            String at = "content.entries[" + i + "]";
            if (e == null || e.conclusion() == null || e.action() == null) {
                problems.add(new FieldProblem(at, "validation.required"));
                continue;
            }
            if (!seen.add(e.conclusion())) {
                problems.add(new FieldProblem(at + ".conclusion", "validation.result-application-duplicate"));
            }
            if ((e.minShare() == null) != (e.maxShare() == null)) {
                problems.add(new FieldProblem(at + ".maxShare", "validation.required"));
            } else if (e.minShare() != null) {
                if (e.minShare().signum() < 0 || e.maxShare().compareTo(BigDecimal.ONE) > 0 || e.minShare().compareTo(e.maxShare()) > 0) {
                    problems.add(new FieldProblem(at + ".minShare", "validation.result-application-share"));
                }
            }
        }
        if (seen.size() != Conclusion.values().length) {
            problems.add(new FieldProblem("content.entries", "validation.result-application-every-conclusion"));
        }
        return problems;
    }
}
