package gov.bureau.portal.acceptance;

/** What a payment is: an ADVANCE before acceptance, a PAYMENT after it, or a RECOVERY (追回) of an overpayment. */
public enum PaymentKind {
    ADVANCE, PAYMENT, RECOVERY
}
