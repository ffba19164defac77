package gov.bureau.portal.engagement;

/**
 * Asked when an agency submits a report for an engagement already ACCEPTED: only a FAIL acceptance
 * (不合格) may be redone. The acceptance area implements it; this area does not read its tables.
 */
public interface ReworkPolicy {

    boolean mayRedo(long engagementId);
}
