package gov.bureau.portal.engagement;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What this area itself knows about agencies for eligibility: work in progress and last year's units. */
@Singleton
class SelectionFacts {

    private final JdbcOperations jdbc;

    SelectionFacts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Engagements in progress (ACCEPTED_BY_AGENCY up to REPORT_APPROVED) per agency. */
    @Transactional
    Map<Long, Integer> inProgress() {
        String states = String.join(",", java.util.Arrays.stream(EngagementState.values())
                .filter(EngagementState::inProgress).map(s -> "'" + s.name() + "'").toList());
        return jdbc.prepareStatement("SELECT agency_id, COUNT(*) FROM engagement WHERE agency_id IS NOT NULL AND state IN ("
                + states + ") GROUP BY agency_id", statement -> {
            Map<Long, Integer> counts = new HashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }
            }
            return counts;
        });
    }

    /** The units each agency evaluated in an engagement that started in the year and was contracted. */
    @Transactional
    Map<Long, Set<String>> unitsEvaluatedIn(int year) {
        return jdbc.prepareStatement("SELECT DISTINCT e.agency_id, u.unit_name FROM engagement e "
                + "JOIN engagement_unit u ON u.engagement_id = e.id WHERE e.agency_id IS NOT NULL "
                + "AND e.contracted_on IS NOT NULL AND e.state <> 'TERMINATED' "
                + "AND e.planned_start >= ? AND e.planned_start < ?", statement -> {
            statement.setDate(1, java.sql.Date.valueOf(java.time.LocalDate.of(year, 1, 1)));
            statement.setDate(2, java.sql.Date.valueOf(java.time.LocalDate.of(year + 1, 1, 1)));
            Map<Long, Set<String>> units = new HashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    units.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
            return units;
        });
    }
}
