package gov.bureau.portal.engagement;

import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Nullable;

/**
 * The port through which a plan or report review hears from the experts' panel (DOMAIN.md §10),
 * implemented by the experts area; engagement imports nothing from it. Both calls run inside the
 * review's transaction, after the engagement's row lock.
 */
public interface ReviewPanels {

    /** What is under review. */
    enum Reviewed { PLAN, REPORT }

    /**
     * Before the decision: refuses (422 on {@code overrideReason}) to approve a report the panel failed
     * unless an ADMIN overrides with a reason; answers whether an override was used.
     */
    boolean beforeDecision(Actor actor, long engagementId, Reviewed what, boolean approve, @Nullable String overrideReason);

    /** After the decision: the round's open panel is closed and its sittings become payable. */
    void afterDecision(Actor actor, long engagementId, Reviewed what, boolean approve);
}
