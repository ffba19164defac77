package gov.bureau.portal.credit;

import gov.bureau.portal.agency.CreditGrade;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * The credit arithmetic of DOMAIN.md §6, without I/O: when an event counts, the score and grade,
 * the objection window, blacklist periods, and the next date on which an agency's standing changes
 * by the calendar alone (so that the stored read model knows when it must be recomputed).
 */
public final class CreditRules {

    public static final int MIN_SCORE = 0;
    public static final int MAX_SCORE = 100;

    private CreditRules() {
    }

    /** What the score needs of one ledger event. */
    public record Fact(EventStatus status, int points, LocalDate effectiveOn, LocalDate expiresOn) {

        /**
         * Counts on {@code today}: effective (or proposed with its objection window passed, which
         * makes it effective by itself), on or after {@code effectiveOn} and before {@code expiresOn}.
         */
        public boolean inForce(LocalDate today) {
            boolean live = status == EventStatus.EFFECTIVE || status == EventStatus.PROPOSED;
            return live && !today.isBefore(effectiveOn) && today.isBefore(expiresOn);
        }
    }

    /** One blacklisting: from {@code startOn} through {@code untilOn}, unless lifted (信用修复) earlier. */
    public record BlacklistSpan(LocalDate startOn, LocalDate untilOn, @Nullable LocalDate liftedOn) {

        public boolean activeOn(LocalDate today) {
            boolean lifted = liftedOn != null && !today.isBefore(liftedOn);
            return !lifted && !today.isBefore(startOn) && !today.isAfter(untilOn);
        }
    }

    /** The dates a new event lives by. */
    public record Schedule(LocalDate objectionDeadline, LocalDate effectiveOn, LocalDate expiresOn) {
    }

    /**
     * An agency's standing on one day, and the first later day on which it may change by itself.
     * {@code pointsInForce} is the unclamped sum, kept so that a new base or new bands can re-grade
     * every agency at once.
     */
    public record Standing(int score, CreditGrade grade, int pointsInForce, boolean blacklisted,
                           @Nullable LocalDate blacklistedUntil, @Nullable LocalDate changesOn) {
    }

    /** How an event reads on {@code today}: PROPOSED, OBJECTED, EFFECTIVE, EXPIRED or WITHDRAWN. */
    public static EventDisplayStatus displayStatus(EventStatus status, LocalDate effectiveOn, LocalDate expiresOn, LocalDate today) {
        return EventDisplayStatus.of(status, effectiveOn, expiresOn, today);
    }

    public static int clamp(int score) {
        return Math.max(MIN_SCORE, Math.min(MAX_SCORE, score));
    }

    /** {@code clamp(0, 100, base + Σ points of events in force)}, given that sum ({@link #pointsInForce}). */
    public static int score(int base, long pointsInForce) {
        return (int) Math.max(MIN_SCORE, Math.min(MAX_SCORE, base + pointsInForce));
    }

    /** Σ points of the events in force on {@code today}, not clamped. */
    public static int pointsInForce(Collection<Fact> facts, LocalDate today) {
        long sum = 0;
        for (Fact fact : facts) {
            if (fact.inForce(today)) {
                sum += fact.points();
            }
        }
        return (int) Math.max(Integer.MIN_VALUE / 2, Math.min(Integer.MAX_VALUE / 2, sum));
    }

    /** A validity of N months: in force from {@code effectiveOn}, no longer on the same day N months later. */
    public static LocalDate expiresOn(LocalDate effectiveOn, int validityMonths) {
        if (validityMonths < 1) {
            throw new IllegalArgumentException("validity must be at least one month");
        }
        return effectiveOn.plusMonths(validityMonths);
    }

    /**
     * A proposed event: the agency may object through {@code proposedOn + windowDays} (inclusive);
     * without an objection the event is in force from the day after.
     */
    public static Schedule proposal(LocalDate proposedOn, int windowDays, int validityMonths) {
        LocalDate deadline = objectionDeadline(proposedOn, windowDays);
        LocalDate effective = deadline.plusDays(1);
        return new Schedule(deadline, effective, expiresOn(effective, validityMonths));
    }

    /**
     * An event in force at once (an acceptance result, a confirmation, a dismissed objection): the
     * agency may still object within the window counted from {@code from}.
     */
    public static Schedule inForceFrom(LocalDate from, int windowDays, int validityMonths) {
        return new Schedule(objectionDeadline(from, windowDays), from, expiresOn(from, validityMonths));
    }

    public static LocalDate objectionDeadline(LocalDate from, int windowDays) {
        if (windowDays < 0) {
            throw new IllegalArgumentException("objection window must not be negative");
        }
        return from.plusDays(windowDays);
    }

    /** An objection may be lodged on the deadline day itself, not after it. */
    public static boolean objectionOpen(LocalDate deadline, LocalDate today) {
        return !today.isAfter(deadline);
    }

    /** The end of a blacklisting of the default period starting today: the last day on the list. */
    public static LocalDate blacklistUntil(LocalDate startOn, int months) {
        return startOn.plusMonths(months).minusDays(1);
    }

    public static Standing standing(CreditBands bands, Collection<Fact> facts, Collection<BlacklistSpan> spans,
                                    LocalDate today) {
        int points = pointsInForce(facts, today);
        int score = score(bands.base(), points);
        LocalDate until = null;
        for (BlacklistSpan span : spans) {
            if (span.activeOn(today) && (until == null || span.untilOn().isAfter(until))) {
                until = span.untilOn();
            }
        }
        return new Standing(score, bands.grade(score), points, until != null, until, nextChange(facts, spans, today).orElse(null));
    }

    /** The first day after {@code today} on which an event starts or stops counting, or a blacklisting starts or ends. */
    public static Optional<LocalDate> nextChange(Collection<Fact> facts, Collection<BlacklistSpan> spans, LocalDate today) {
        LocalDate next = null;
        for (Fact fact : facts) {
            if (fact.status() == EventStatus.EFFECTIVE || fact.status() == EventStatus.PROPOSED) {
                next = earliestAfter(next, fact.effectiveOn(), today);
                next = earliestAfter(next, fact.expiresOn(), today);
            }
        }
        for (BlacklistSpan span : spans) {
            if (span.liftedOn() != null && !span.liftedOn().isAfter(today)) {
                continue;
            }
            next = earliestAfter(next, span.startOn(), today);
            next = earliestAfter(next, span.untilOn().plusDays(1), today);
            if (span.liftedOn() != null) {
                next = earliestAfter(next, span.liftedOn(), today);
            }
        }
        return Optional.ofNullable(next);
    }

    private static LocalDate earliestAfter(LocalDate current, LocalDate candidate, LocalDate today) {
        if (!candidate.isAfter(today)) {
            return current;
        }
        return current == null || candidate.isBefore(current) ? candidate : current;
    }
}
