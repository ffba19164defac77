package gov.bureau.portal.agency;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How other areas read agencies (engagement selection and teams, credit). Each method is a fixed
 * number of queries whatever the number of agencies.
 */
public interface AgencyDirectory {

    Optional<AgencySummary> find(long agencyId);

    Map<Long, AgencySummary> findAll(Collection<Long> agencyIds);

    /** Agencies with status APPROVED, with what selection needs to rank and exclude them. */
    List<PoolMember> poolMembers();

    /** The agency's registered people (lead evaluators, experts, other practitioners) for work-plan teams. */
    List<AgencyPerson> people(long agencyId);
}
