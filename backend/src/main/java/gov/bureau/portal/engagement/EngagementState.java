package gov.bureau.portal.engagement;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of an engagement (委托业务), DOMAIN.md §4, written once: each state with the states it
 * may move to. {@link #TERMINATED} (解除) is reachable from every state that is not final.
 *
 * <p>Besides the forward path, the loops the domain needs: a decline sends a selection back to
 * {@link #CREATED}; a returned plan goes back to {@link #ACCEPTED_BY_AGENCY}; a returned report, or an
 * approved draft that now needs its final version, goes back to {@link #IN_FIELDWORK}; a FAIL acceptance
 * lets the agency submit a reworked report ({@link #ACCEPTED} → {@link #REPORT_SUBMITTED}); an ADMIN's
 * reopening of a settled acceptance goes back to {@link #ACCEPTED}.
 */
public enum EngagementState {
    CREATED,
    AGENCY_SELECTED,
    ACCEPTED_BY_AGENCY,
    PLAN_SUBMITTED,
    PLAN_APPROVED,
    IN_FIELDWORK,
    REPORT_SUBMITTED,
    REPORT_APPROVED,
    ACCEPTED,
    SETTLED,
    CLOSED,
    TERMINATED;

    private static final Map<EngagementState, Set<EngagementState>> NEXT = Map.ofEntries(
            Map.entry(CREATED, EnumSet.of(AGENCY_SELECTED)),
            Map.entry(AGENCY_SELECTED, EnumSet.of(ACCEPTED_BY_AGENCY, CREATED)),
            Map.entry(ACCEPTED_BY_AGENCY, EnumSet.of(PLAN_SUBMITTED)),
            Map.entry(PLAN_SUBMITTED, EnumSet.of(PLAN_APPROVED, ACCEPTED_BY_AGENCY)),
            Map.entry(PLAN_APPROVED, EnumSet.of(IN_FIELDWORK)),
            Map.entry(IN_FIELDWORK, EnumSet.of(REPORT_SUBMITTED)),
            Map.entry(REPORT_SUBMITTED, EnumSet.of(REPORT_APPROVED, IN_FIELDWORK)),
            Map.entry(REPORT_APPROVED, EnumSet.of(ACCEPTED)),
            Map.entry(ACCEPTED, EnumSet.of(SETTLED, REPORT_SUBMITTED)),
            Map.entry(SETTLED, EnumSet.of(CLOSED, ACCEPTED)),
            Map.entry(CLOSED, EnumSet.noneOf(EngagementState.class)),
            Map.entry(TERMINATED, EnumSet.noneOf(EngagementState.class)));

    /** CLOSED and TERMINATED: nothing follows. */
    public boolean isFinal() {
        return this == CLOSED || this == TERMINATED;
    }

    /** Whether the agency is at work (counts against "too many engagements in progress"). */
    public boolean inProgress() {
        return compareTo(ACCEPTED_BY_AGENCY) >= 0 && compareTo(REPORT_APPROVED) <= 0;
    }

    /**
     * Whether the fee account takes payments: advances from the contract until acceptance, payments
     * and recoveries after it, until the engagement is closed or terminated.
     */
    public boolean acceptsPayments() {
        return compareTo(ACCEPTED_BY_AGENCY) >= 0 && compareTo(SETTLED) <= 0;
    }

    public boolean canMoveTo(EngagementState target) {
        if (target == TERMINATED) {
            return !isFinal();
        }
        return NEXT.get(this).contains(target);
    }

    /** The states this one may move to, TERMINATED included where allowed. */
    public Set<EngagementState> next() {
        Set<EngagementState> next = EnumSet.noneOf(EngagementState.class);
        next.addAll(NEXT.get(this));
        if (!isFinal()) {
            next.add(TERMINATED);
        }
        return next;
    }
}
