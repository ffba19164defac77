package gov.bureau.portal.agency;

/** One of an agency's registered people; {@code role} is LEAD_EVALUATOR, EXPERT or OTHER. */
public record AgencyPerson(long id, String name, String role, String title) {
}
