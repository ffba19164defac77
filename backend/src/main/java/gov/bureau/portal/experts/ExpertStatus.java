package gov.bureau.portal.experts;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * An expert's place in the pool, written once with its transitions: a self-registered expert is
 * SUBMITTED and reviewed (ACTIVE or REJECTED); one the bureau adds starts ACTIVE; an active expert may
 * be PAUSED and resumed; REMOVED (with a reason) is final, like REJECTED.
 */
public enum ExpertStatus {
    SUBMITTED, ACTIVE, PAUSED, REMOVED, REJECTED;

    private static final Map<ExpertStatus, Set<ExpertStatus>> NEXT = Map.of(
            SUBMITTED, EnumSet.of(ACTIVE, REJECTED),
            ACTIVE, EnumSet.of(PAUSED, REMOVED),
            PAUSED, EnumSet.of(ACTIVE, REMOVED),
            REMOVED, EnumSet.noneOf(ExpertStatus.class),
            REJECTED, EnumSet.noneOf(ExpertStatus.class));

    public boolean mayMoveTo(ExpertStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** Whether an expert in this status is considered by a draw (and, unless ACTIVE, listed as excluded). */
    public boolean inPool() {
        return this == ACTIVE || this == PAUSED || this == REMOVED;
    }
}
