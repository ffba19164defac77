package gov.bureau.portal.engagement;

import gov.bureau.portal.common.FieldProblem;

import java.util.List;

/**
 * Port: a check of a work plan's team that needs data across agencies (the integrity area's lead
 * evaluator limit, DOMAIN.md §12). Problems name {@code team[i].personId}.
 */
public interface TeamCheck {

    List<FieldProblem> check(long engagementId, List<EngagementCommands.TeamMember> team);
}
