package gov.bureau.portal.dashboard;

import gov.bureau.portal.agency.AgencyStatus;
import gov.bureau.portal.engagement.EngagementState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's SQL takes its sets of values from the areas' own enums and predicates. */
class DashboardQueriesTest {

    @Test
    void thePoolAndTheFinalStatesComeFromTheEnums() {
        assertThat(DashboardQueries.IN_POOL).isEqualTo("('APPROVED', 'SUSPENDED')");
        assertThat(DashboardQueries.FINAL).isEqualTo("('CLOSED', 'TERMINATED')");
        assertThat(DashboardQueries.sqlList(AgencyStatus.values(), s -> true)).contains("'DRAFT'").contains("'WITHDRAWN'");
        assertThat(DashboardQueries.PLAN_DUE).noneMatch(EngagementState::isFinal);
        assertThat(DashboardQueries.REPORT_DUE).noneMatch(EngagementState::isFinal);
    }
}
