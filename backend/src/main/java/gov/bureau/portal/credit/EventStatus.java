package gov.bureau.portal.credit;

import java.util.EnumSet;
import java.util.Set;

/**
 * A credit event's life (DOMAIN.md §6), written once here.
 * <ul>
 * <li>{@code PROPOSED}: proposed by staff and shown to the agency; it comes into force by itself on its
 * {@code effectiveOn} date (the day after the objection window) unless the agency objects first.</li>
 * <li>{@code OBJECTED}: the agency objected to a proposed event; it does not count until an ADMIN
 * decides (dismissed: in force from the decision; upheld: withdrawn).</li>
 * <li>{@code EFFECTIVE}: in force between {@code effectiveOn} and {@code expiresOn}; acceptance events
 * start here, as does a proposed event an ADMIN confirmed or whose window passed. An objection to an
 * event already in force leaves it in force until decided.</li>
 * <li>{@code WITHDRAWN}: withdrawn by an ADMIN, by an upheld objection, or superseded by a new score
 * of the same engagement; it never counts again.</li>
 * </ul>
 * Expiry is not a status: an effective event simply stops counting on its {@code expiresOn} date.
 * An event's status changes only through {@link CreditEvent#moveTo}, which refuses what {@link #next()}
 * does not allow.
 */
public enum EventStatus {
    PROPOSED, OBJECTED, EFFECTIVE, WITHDRAWN;

    public Set<EventStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(OBJECTED, EFFECTIVE, WITHDRAWN);
            case OBJECTED -> EnumSet.of(EFFECTIVE, WITHDRAWN);
            case EFFECTIVE -> EnumSet.of(WITHDRAWN);
            case WITHDRAWN -> EnumSet.noneOf(EventStatus.class);
        };
    }

    public boolean canMoveTo(EventStatus target) {
        return next().contains(target);
    }
}
