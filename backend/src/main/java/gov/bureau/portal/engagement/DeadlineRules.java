package gov.bureau.portal.engagement;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How long an engagement may stay in each state (DOMAIN.md §4: each transition has a deadline),
 * in calendar days from entering it. Fieldwork is due at the planned end date plus
 * {@code inFieldworkAfterPlannedEnd} days. Final states have none. **Defaults**, editable by ADMIN.
 */
@Singleton
public class DeadlineRules implements RuleDefinition<DeadlineRules.Days> {

    public static final String KEY = "engagement.deadlines";

    @Serdeable
    public record Days(int created, int agencySelected, int acceptedByAgency, int planSubmitted, int planApproved,
                       int inFieldworkAfterPlannedEnd, int reportSubmitted, int reportApproved, int accepted, int settled) {

        /**
         * When an engagement that entered {@code state} on {@code enteredOn} must have left it; empty
         * for final states.
         */
        public Optional<LocalDate> dueDate(EngagementState state, LocalDate enteredOn, @Nullable LocalDate plannedEnd) {
            return switch (state) {
                case CREATED -> Optional.of(enteredOn.plusDays(created));
                case AGENCY_SELECTED -> Optional.of(enteredOn.plusDays(agencySelected));
                case ACCEPTED_BY_AGENCY -> Optional.of(enteredOn.plusDays(acceptedByAgency));
                case PLAN_SUBMITTED -> Optional.of(enteredOn.plusDays(planSubmitted));
                case PLAN_APPROVED -> Optional.of(enteredOn.plusDays(planApproved));
                case IN_FIELDWORK -> {
                    LocalDate base = plannedEnd == null || plannedEnd.isBefore(enteredOn) ? enteredOn : plannedEnd;
                    yield Optional.of(base.plusDays(inFieldworkAfterPlannedEnd));
                }
                case REPORT_SUBMITTED -> Optional.of(enteredOn.plusDays(reportSubmitted));
                case REPORT_APPROVED -> Optional.of(enteredOn.plusDays(reportApproved));
                case ACCEPTED -> Optional.of(enteredOn.plusDays(accepted));
                case SETTLED -> Optional.of(enteredOn.plusDays(settled));
                case CLOSED, TERMINATED -> Optional.empty();
            };
        }
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Class<Days> type() {
        return Days.class;
    }

    /** Selection 15, confirmation 5, plan 15, plan review 10, start 10, report 0 after planned end, review 15, scoring 15, payment 30, closing 30. */
    @Override
    public Days defaults() {
        return new Days(15, 5, 15, 10, 10, 0, 15, 15, 30, 30);
    }

    @Override
    public List<FieldProblem> validate(Days d) {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, "created", d.created(), 1);
        check(problems, "agencySelected", d.agencySelected(), 1);
        check(problems, "acceptedByAgency", d.acceptedByAgency(), 1);
        check(problems, "planSubmitted", d.planSubmitted(), 1);
        check(problems, "planApproved", d.planApproved(), 1);
        check(problems, "inFieldworkAfterPlannedEnd", d.inFieldworkAfterPlannedEnd(), 0);
        check(problems, "reportSubmitted", d.reportSubmitted(), 1);
        check(problems, "reportApproved", d.reportApproved(), 1);
        check(problems, "accepted", d.accepted(), 1);
        check(problems, "settled", d.settled(), 1);
        return problems;
    }

    private static void check(List<FieldProblem> problems, String field, int days, int min) {
        if (days < min || days > 365) {
            problems.add(new FieldProblem("content." + field, "validation.range", min, 365));
        }
    }
}
