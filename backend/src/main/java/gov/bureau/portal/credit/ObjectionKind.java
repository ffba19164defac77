package gov.bureau.portal.credit;

/**
 * What an objection is against: a proposed (or confirmed) credit event, or the acceptance score an
 * acceptance event stands for. The latter is recorded against the engagement, and upholding it
 * reopens the acceptance (port {@link AcceptanceCorrections}).
 */
public enum ObjectionKind {
    EVENT, ACCEPTANCE_SCORE
}
