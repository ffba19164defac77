package gov.bureau.portal.agency.validation;

import java.time.LocalDate;
import java.util.Optional;

/** Date rules of the profile. */
public final class Dates {

    /** The names double as message keys ({@code validation.date.<key>}). */
    public enum Problem {
        IN_FUTURE, TOO_EARLY, EXPIRY_NOT_AFTER_ISSUE
    }

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private Dates() {
    }

    /** A date that has happened (founding, issue): not after today, not before 1900. */
    public static Optional<Problem> past(LocalDate date, LocalDate today) {
        if (date == null) {
            return Optional.empty();
        }
        if (date.isAfter(today)) {
            return Optional.of(Problem.IN_FUTURE);
        }
        if (date.isBefore(EARLIEST)) {
            return Optional.of(Problem.TOO_EARLY);
        }
        return Optional.empty();
    }

    /** A certificate expires after it was issued (a certificate may be recorded already expired). */
    public static Optional<Problem> validity(LocalDate issuedOn, LocalDate expiresOn) {
        if (issuedOn == null || expiresOn == null) {
            return Optional.empty();
        }
        return expiresOn.isAfter(issuedOn) ? Optional.empty() : Optional.of(Problem.EXPIRY_NOT_AFTER_ISSUE);
    }
}
