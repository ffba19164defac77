package gov.bureau.portal.acceptance;

import gov.bureau.portal.engagement.EngagementState;
import io.micronaut.core.annotation.Nullable;

/**
 * When the bureau may score an engagement (DOMAIN.md §5), written once: for {@link AcceptanceService#assess}
 * and for the fee view's {@code mayScore} / {@code mayRescore}, so that the screens show what the server
 * will accept instead of deriving it again.
 */
final class ScoringWindow {

    private ScoringWindow() {
    }

    /** The first score: the final report is approved. */
    static boolean first(EngagementState state) {
        return state == EngagementState.REPORT_APPROVED;
    }

    /** A correction: accepted and scored, the score not yet locked by a payment, or reopened by an ADMIN. */
    static boolean correction(EngagementState state, @Nullable FeeAccount account) {
        return state == EngagementState.ACCEPTED && account != null && account.getAcceptanceId() != null
                && (!account.isLocked() || account.isReopened());
    }
}
