package gov.bureau.portal.agency;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An agency's lifecycle (DOMAIN.md §3): {@code DRAFT → SUBMITTED → APPROVED}, or {@code SUBMITTED →
 * RETURNED → SUBMITTED}, or {@code SUBMITTED → REJECTED}; an approved agency may be suspended (and
 * reinstated) or withdraw. The allowed moves are written here once.
 */
public enum AgencyStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, REJECTED, SUSPENDED, WITHDRAWN;

    public Set<AgencyStatus> next() {
        return switch (this) {
            case DRAFT, RETURNED -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(APPROVED, RETURNED, REJECTED);
            case APPROVED -> EnumSet.of(SUSPENDED, WITHDRAWN);
            case SUSPENDED -> EnumSet.of(APPROVED, WITHDRAWN);
            case REJECTED, WITHDRAWN -> EnumSet.noneOf(AgencyStatus.class);
        };
    }

    public boolean canMoveTo(AgencyStatus target) {
        return next().contains(target);
    }

    /** The agency may edit its registration profile directly (it has never been approved). */
    public boolean editableDraft() {
        return this == DRAFT || this == RETURNED;
    }

    /** Has passed review once: edits become change requests. */
    public boolean inPool() {
        return this == APPROVED || this == SUSPENDED;
    }

    /** Shown in the public directory (blacklisted agencies are approved or suspended ones). */
    public boolean publiclyListed() {
        return this == APPROVED || this == SUSPENDED;
    }

    /**
     * The statuses for which {@code test} holds as a list of SQL literals, e.g. {@code 'APPROVED',
     * 'SUSPENDED'} for {@link #inPool}, so that queries do not type the lists again. Enum names only.
     */
    public static String sqlList(Predicate<AgencyStatus> test) {
        return Arrays.stream(values()).filter(test).map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }
}
