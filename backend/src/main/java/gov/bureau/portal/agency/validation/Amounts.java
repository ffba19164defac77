package gov.bureau.portal.agency.validation;

import java.math.BigDecimal;
import java.util.Optional;

/** Money in yuan as the database keeps it: DECIMAL(15,2), never negative here. */
public final class Amounts {

    public static final BigDecimal MAX = new BigDecimal("9999999999999.99");

    /** The names double as message keys ({@code validation.amount.<key>}). */
    public enum Problem {
        NEGATIVE, SCALE, TOO_LARGE
    }

    private Amounts() {
    }

    public static Optional<Problem> check(BigDecimal amount) {
        if (amount == null) {
            return Optional.empty();
        }
        if (amount.signum() < 0) {
            return Optional.of(Problem.NEGATIVE);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return Optional.of(Problem.SCALE);
        }
        if (amount.compareTo(MAX) > 0) {
            return Optional.of(Problem.TOO_LARGE);
        }
        return Optional.empty();
    }

    /** The stored form: scale 2. Call only on amounts that passed {@link #check}. */
    public static BigDecimal normalise(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
