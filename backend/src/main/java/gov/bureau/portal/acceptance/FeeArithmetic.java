package gov.bureau.portal.acceptance;

import gov.bureau.portal.common.FieldProblem;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The money of an engagement (DOMAIN.md §5), in yuan with two decimals. Rounding happens in one
 * place each, to the fen (分), half up:
 * <ul>
 *   <li>payable = fee × ratio;</li>
 *   <li>advance limit = fee × advance share (before acceptance the agency is entitled to no more);</li>
 *   <li>remaining = payable − paid, negative when advances exceeded what the score allows (to recover, 追回).</li>
 * </ul>
 * A payment is refused when it would take the total paid above the advance limit (before acceptance)
 * or above the payable amount (after it). A FAIL acceptance has ratio 0 and so pays nothing.
 */
public final class FeeArithmetic {

    public static final int SCALE = 2;

    private FeeArithmetic() {
    }

    public static BigDecimal payable(BigDecimal fee, BigDecimal ratio) {
        return fee.multiply(ratio).setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal advanceLimit(BigDecimal fee, BigDecimal share) {
        return fee.multiply(share).setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal remaining(BigDecimal payable, BigDecimal paid) {
        return payable.subtract(paid).setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** The amount to claim back: the negative part of the balance, or zero. */
    public static BigDecimal toRecover(BigDecimal payable, BigDecimal paid) {
        BigDecimal remaining = remaining(payable, paid);
        return remaining.signum() < 0 ? remaining.negate() : BigDecimal.ZERO.setScale(SCALE);
    }

    /** Whether the account is settled: something was payable and exactly that much has been paid. */
    public static boolean settles(BigDecimal payable, BigDecimal paid) {
        return payable.signum() > 0 && paid.compareTo(payable) == 0;
    }

    /**
     * Whether a payment may be recorded.
     *
     * @param payable the payable amount once accepted, or {@code null} before acceptance
     * @return the problem with the {@code amount} field, if any
     */
    public static Optional<FieldProblem> checkPayment(BigDecimal fee, BigDecimal advanceShare, @Nullable BigDecimal payable,
                                                      BigDecimal paid, BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            return Optional.of(new FieldProblem("amount", "validation.positive"));
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            return Optional.of(new FieldProblem("amount", "validation.money-precision"));
        }
        BigDecimal after = paid.add(amount);
        if (payable == null) {
            BigDecimal limit = advanceLimit(fee, advanceShare);
            if (after.compareTo(limit) > 0) {
                return Optional.of(new FieldProblem("amount", "validation.payment-above-advance",
                        limit.toPlainString(), limit.subtract(paid).max(BigDecimal.ZERO).setScale(SCALE).toPlainString()));
            }
            return Optional.empty();
        }
        if (after.compareTo(payable) > 0) {
            return Optional.of(new FieldProblem("amount", "validation.payment-above-payable",
                    payable.toPlainString(), remaining(payable, paid).max(BigDecimal.ZERO).setScale(SCALE).toPlainString()));
        }
        return Optional.empty();
    }
}
