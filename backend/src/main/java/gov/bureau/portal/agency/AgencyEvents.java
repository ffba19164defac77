package gov.bureau.portal.agency;

/** What the agency area tells others, published inside the transaction of the change. */
public final class AgencyEvents {

    private AgencyEvents() {
    }

    /**
     * The agency is (again) a member of the pool: approved after its registration's review, or
     * reinstated after a suspension. The credit area gives it its standing.
     */
    public record AdmittedToPool(long agencyId) {
    }

    /** A profile was approved: a registration or a change. Published inside the review's transaction. */
    public record ProfileApproved(long agencyId) {
    }
}
