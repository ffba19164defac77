package gov.bureau.portal.experts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fee arithmetic for one sitting (DOMAIN.md §10): rate per day × days, days in half-day steps. Pure. */
public final class Fees {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal MAX_DAYS = new BigDecimal("30");

    private Fees() {
    }

    /** Whether {@code days} is a positive number of half days, at most 30. */
    public static boolean isHalfDays(BigDecimal days) {
        if (days == null || days.signum() <= 0 || days.compareTo(MAX_DAYS) > 0) {
            return false;
        }
        return days.remainder(HALF).signum() == 0;
    }

    /** The fee of one sitting: {@code perDay × days}, in yuan with scale 2 (rounded half up). */
    public static BigDecimal amount(BigDecimal perDay, BigDecimal days) {
        if (!isHalfDays(days)) {
            throw new IllegalArgumentException("days must be a positive number of half days: " + days);
        }
        if (perDay == null || perDay.signum() < 0) {
            throw new IllegalArgumentException("negative rate");
        }
        return perDay.multiply(days).setScale(2, RoundingMode.HALF_UP);
    }
}
