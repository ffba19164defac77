package gov.bureau.portal.agency;

import gov.bureau.portal.common.FieldProblem;

import java.util.List;

/**
 * Port: a check of a profile at submission that needs data of other areas or other agencies (the
 * integrity area's "one practitioner, one agency", DOMAIN.md §12). Problems name the profile's fields.
 */
public interface SubmissionCheck {

    List<FieldProblem> check(long agencyId, ProfileData profile);
}
