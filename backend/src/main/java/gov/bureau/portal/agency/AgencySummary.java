package gov.bureau.portal.agency;

public record AgencySummary(long id, String name, String uscc, AgencyType type, AgencyStatus status) {
}
