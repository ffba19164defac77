package gov.bureau.portal.engagement;

import java.util.Collection;
import java.util.Map;

/**
 * Port (implemented by the integrity area): which agencies are related (DOMAIN.md §12). For each given
 * agency that belongs to a related group, the group's id (its smallest agency id); others are absent.
 */
public interface RelatedAgencies {

    Map<Long, Long> groupOf(Collection<Long> agencyIds);

    /** Every agency of the group (by its id), ascending. */
    java.util.List<Long> membersOf(long groupId);
}
