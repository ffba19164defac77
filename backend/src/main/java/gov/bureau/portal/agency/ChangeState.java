package gov.bureau.portal.agency;

import io.micronaut.core.annotation.Nullable;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an approved agency's change request stands (DOMAIN.md §3). The approved profile stays in
 * force until a change is approved; then the change is applied and the state is cleared. The state
 * is empty ({@code null}) while there is no change request; a change starts from there and ends
 * there. The allowed moves are written here once, in {@link Move}.
 */
public enum ChangeState {
    /** Being edited by the agency, not yet submitted. */
    EDITING,
    SUBMITTED,
    /** Returned with the reviewer's reasons; the agency may fix and resubmit. */
    RETURNED,
    /** Refused; the agency may start a new change from the approved profile. */
    REJECTED;

    /** The change has content (agency.pending_change): being edited, under review or returned. */
    public boolean open() {
        return this != REJECTED;
    }

    /** The moves of a change request, each with the states it may start from and the state it leads to. */
    public enum Move {
        /** The agency saves a change: starts one, or goes on with one being edited, returned or refused. */
        EDIT(EDITING, true, EDITING, RETURNED, REJECTED),
        /** The agency submits its change for review. */
        SUBMIT(SUBMITTED, false, EDITING, RETURNED),
        RETURN(RETURNED, false, SUBMITTED),
        REJECT(REJECTED, false, SUBMITTED),
        /** Approved: the change is applied to the profile in force and ends. */
        APPLY(null, false, SUBMITTED),
        /** The agency drops a change that is not under review. */
        DISCARD(null, false, EDITING, RETURNED, REJECTED),
        /** The agency leaves the pool: its change, in whatever state, ends with it. */
        DROP(null, false, EDITING, SUBMITTED, RETURNED, REJECTED);

        @Nullable
        private final ChangeState target;
        private final boolean fromNone;
        private final Set<ChangeState> from;

        Move(@Nullable ChangeState target, boolean fromNone, ChangeState first, ChangeState... rest) {
            this.target = target;
            this.fromNone = fromNone;
            this.from = EnumSet.of(first, rest);
        }

        /** May this move be made from {@code state} ({@code null}: no change request)? */
        public boolean allowedFrom(@Nullable ChangeState state) {
            return state == null ? fromNone : from.contains(state);
        }

        /** The state after the move; {@code null} when the change request ends. */
        @Nullable
        public ChangeState target() {
            return target;
        }
    }
}
