package gov.bureau.portal.agency;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How other areas read agencies (engagement selection and teams, credit). Each method is a fixed
 * number of queries whatever the number of agencies.
 */
public interface AgencyDirectory {

    Optional<AgencySummary> find(long agencyId);

    Map<Long, AgencySummary> findAll(Collection<Long> agencyIds);

    /** Agencies with status APPROVED, with what selection needs to rank and exclude them. */
    default List<PoolMember> poolMembers() {
        return poolMembers(EnumSet.of(AgencyStatus.APPROVED));
    }

    /**
     * Agencies with one of the statuses, with the same facts as {@link #poolMembers()}. Selection asks
     * for every status that is {@link AgencyStatus#inPool()} (APPROVED and SUSPENDED), so that the draw
     * record lists a suspended agency among the exclusions with its reason.
     */
    List<PoolMember> poolMembers(Set<AgencyStatus> statuses);

    /** One agency's facts as {@link #poolMembers()} gives them, whatever its status; empty for an unknown id. */
    Optional<PoolMember> poolMember(long agencyId);

    /** The agency's registered people (lead evaluators, experts, other practitioners) for work-plan teams. */
    List<AgencyPerson> people(long agencyId);
}
