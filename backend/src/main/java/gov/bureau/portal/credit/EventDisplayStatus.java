package gov.bureau.portal.credit;

import java.time.LocalDate;

/**
 * How a credit event reads on a given day (API.md: the ledger's {@code status} and its filter): its
 * stored {@link EventStatus} seen through the calendar. A proposed event whose window has passed reads
 * EFFECTIVE; one past its expiry reads EXPIRED, which is never stored.
 */
public enum EventDisplayStatus {
    PROPOSED, OBJECTED, EFFECTIVE, EXPIRED, WITHDRAWN;

    public static EventDisplayStatus of(EventStatus status, LocalDate effectiveOn, LocalDate expiresOn, LocalDate today) {
        return switch (status) {
            case WITHDRAWN -> WITHDRAWN;
            case OBJECTED -> OBJECTED;
            case PROPOSED -> today.isBefore(effectiveOn) ? PROPOSED : today.isBefore(expiresOn) ? EFFECTIVE : EXPIRED;
            case EFFECTIVE -> today.isBefore(expiresOn) ? EFFECTIVE : EXPIRED;
        };
    }
}
