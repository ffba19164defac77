package gov.bureau.portal.engagement;

/** Where a round of the work plan or of the report stands: SUBMITTED until the bureau APPROVES or RETURNS it. */
public enum ReviewStatus {
    SUBMITTED, APPROVED, RETURNED
}
