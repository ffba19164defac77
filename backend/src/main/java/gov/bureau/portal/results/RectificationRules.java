package gov.bureau.portal.results;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rectification deadline after a feedback letter (**default** 60 days) and the longest extension a
 * unit may ask for once per task (**default** 30 days), DOMAIN.md §9.
 */
@Singleton
public class RectificationRules implements RuleDefinition<RectificationRules.Terms> {

    public static final String KEY = "results.rectification";

    @Serdeable
    public record Terms(int deadlineDays, int maxExtensionDays) {

        public LocalDate deadlineFrom(LocalDate issuedOn) {
            return issuedOn.plusDays(deadlineDays);
        }
    }

    /** Overdue: past its deadline and not accepted. */
    public static boolean overdue(String status, LocalDate deadline, LocalDate today) {
        return !"ACCEPTED".equals(status) && deadline.isBefore(today);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Class<Terms> type() {
        return Terms.class;
    }

    @Override
    public Terms defaults() {
        return new Terms(60, 30);
    }

    @Override
    public List<FieldProblem> validate(Terms t) {
        List<FieldProblem> problems = new ArrayList<>();
        if (t.deadlineDays() < 1 || t.deadlineDays() > 365) {
            problems.add(new FieldProblem("content.deadlineDays", "validation.range", 1, 365));
        }
        if (t.maxExtensionDays() < 0 || t.maxExtensionDays() > 365) {
            problems.add(new FieldProblem("content.maxExtensionDays", "validation.range", 0, 365));
        }
        return problems;
    }
}
