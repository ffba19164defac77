package gov.bureau.portal.credit;

/** Where a credit event comes from (DOMAIN.md §6). */
public enum EventSource {
    ACCEPTANCE, INSPECTION, COMPLAINT, DEADLINE, COMMENDATION
}
