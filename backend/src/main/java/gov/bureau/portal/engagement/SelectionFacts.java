package gov.bureau.portal.engagement;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What this area knows about agencies for eligibility: work in progress, last year's units, past work (conflicts). */
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

    /**
     * What the agencies did before that may conflict with an engagement ({@link HistoryConflicts}): their track
     * records (the agency area's 业绩 table) of the prior-work types or of the years given, and the engagements of
     * the portal they took (contracted, not terminated), except the one being chosen for.
     */
    @Transactional
    List<HistoryConflicts.PastWork> pastWork(long engagementId, Collection<EngagementType> priorTypes, int sinceYear) {
        List<HistoryConflicts.PastWork> work = new ArrayList<>();
        String types = priorTypes.isEmpty() ? "''" : priorTypes.stream().map(t -> "'" + t.name() + "'").collect(Collectors.joining(","));
        jdbc.prepareStatement("SELECT agency_id, work_type, client, project, year FROM agency_track_record WHERE year >= ? OR work_type IN ("
                + types + ")", statement -> {
            statement.setInt(1, sinceYear);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    work.add(new HistoryConflicts.PastWork(rs.getLong(1), type(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getInt(5)));
                }
            }
            return null;
        });
        jdbc.prepareStatement("SELECT e.agency_id, e.engagement_type, e.commissioning_unit, u.project_name, YEAR(e.planned_start) "
                + "FROM engagement e LEFT JOIN engagement_unit u ON u.engagement_id = e.id WHERE e.agency_id IS NOT NULL "
                + "AND e.contracted_on IS NOT NULL AND e.state <> 'TERMINATED' AND e.id <> ?", statement -> {
            statement.setLong(1, engagementId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    work.add(new HistoryConflicts.PastWork(rs.getLong(1), type(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getInt(5)));
                }
            }
            return null;
        });
        return work;
    }

    private static EngagementType type(String code) {
        if (code == null) {
            return null;
        }
        try {
            return EngagementType.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null; // a track record's free work type
        }
    }
}
