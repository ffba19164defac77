package gov.bureau.portal.engagement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the engagement area tells others, published inside the transaction of the change. */
public final class EngagementEvents {

    private EngagementEvents() {
    }

    /** The agency confirmed: the contract is concluded with this fee on this date. */
    public record Contracted(long engagementId, long agencyId, BigDecimal fee, LocalDate contractedOn) {
    }
}
