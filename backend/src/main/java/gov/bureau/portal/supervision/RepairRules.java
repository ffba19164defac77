package gov.bureau.portal.supervision;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When an agency may apply for credit repair (信用修复, DOMAIN.md §11), as a pure rule:
 * <ul>
 *   <li>only after the minimum disclosure period: {@code repairEventMonths} from the day an event came
 *       into force, {@code repairBlacklistMonths} from the first day of a blacklisting
 *       ({@code REPAIR_TOO_EARLY}, with the first day an application is accepted);</li>
 *   <li>an agency once repaired that offends again within {@code repeatOffenceMonths} of that repair
 *       (the new event or listing began on or after the repair day and before the period's end) cannot repair
 *       again ({@code REPAIR_NOT_AGAIN}).</li>
 * </ul>
 */
public final class RepairRules {

    private RepairRules() {
    }

    public record Refusal(String code, @Nullable LocalDate from) {
    }

    public static LocalDate earliest(boolean blacklisting, LocalDate since, SupervisionRules.Settings s) {
        return since.plusMonths(blacklisting ? s.repairBlacklistMonths() : s.repairEventMonths());
    }

    public static Optional<Refusal> check(boolean blacklisting, LocalDate since, LocalDate today,
                                          @Nullable LocalDate lastRepairedOn, SupervisionRules.Settings s) {
        if (lastRepairedOn != null && !since.isBefore(lastRepairedOn)
                && since.isBefore(lastRepairedOn.plusMonths(s.repeatOffenceMonths()))) {
            return Optional.of(new Refusal("REPAIR_NOT_AGAIN", null));
        }
        LocalDate earliest = earliest(blacklisting, since, s);
        if (today.isBefore(earliest)) {
            return Optional.of(new Refusal("REPAIR_TOO_EARLY", earliest));
        }
        return Optional.empty();
    }
}
