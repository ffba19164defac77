package gov.bureau.portal.support;

/** Accounts of each role for tests. */
public final class Roles {

    private Roles() {
    }

    /** A signed-in AGENCY user of a new agency of its own, registered through POST /api/registrations (DRAFT). */
    public static String agencyToken(TestClient api) {
        return Agencies.register(api).token();
    }

    /** An APPROVED agency (in the pool) with its token, for tests of engagements and credit. */
    public static Agencies.Registered approvedAgency(TestClient api) {
        return Agencies.approved(api);
    }
}
