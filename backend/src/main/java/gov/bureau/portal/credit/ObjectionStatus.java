package gov.bureau.portal.credit;

/** An objection (异议) waits for an ADMIN's decision, which upholds or dismisses it. */
public enum ObjectionStatus {
    PENDING, UPHELD, DISMISSED;

    public boolean decided() {
        return this != PENDING;
    }
}
