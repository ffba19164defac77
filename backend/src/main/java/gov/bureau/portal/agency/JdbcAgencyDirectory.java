package gov.bureau.portal.agency;

import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link AgencyDirectory} over plain SQL: each answer costs a fixed number of queries (pool facts are
 * four, whatever the number of agencies). It reads the live tables, which hold the approved profile of
 * an agency in the pool even while a change request is waiting.
 */
@Singleton
class JdbcAgencyDirectory implements AgencyDirectory {

    private static final int CHUNK = 500;

    private final JdbcOperations jdbc;
    private final BureauClock clock;

    JdbcAgencyDirectory(JdbcOperations jdbc, BureauClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<AgencySummary> find(long agencyId) {
        return Optional.ofNullable(findAll(List.of(agencyId)).get(agencyId));
    }

    @Override
    @Transactional
    public Map<Long, AgencySummary> findAll(Collection<Long> agencyIds) {
        List<Long> ids = agencyIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, AgencySummary> result = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String sql = "SELECT id, name, uscc, agency_type, status FROM agency WHERE id IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")";
            jdbc.prepareStatement(sql, statement -> {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        AgencySummary s = new AgencySummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                                AgencyType.valueOf(rs.getString(4)), AgencyStatus.valueOf(rs.getString(5)));
                        result.put(s.id(), s);
                    }
                }
                return null;
            });
        }
        return result;
    }

    @Override
    @Transactional
    public List<PoolMember> poolMembers(Set<AgencyStatus> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        return members("a.status IN (" + String.join(",", Collections.nCopies(statuses.size(), "?")) + ")",
                statuses.stream().sorted().map(AgencyStatus::name).map(Object.class::cast).toList());
    }

    @Override
    @Transactional
    public Optional<PoolMember> poolMember(long agencyId) {
        return members("a.id = ?", List.of(agencyId)).stream().findFirst();
    }

    /** The pool facts of the agencies {@code a} the condition selects: four queries. */
    private List<PoolMember> members(String condition, List<Object> params) {
        record Base(long id, String name, AgencyType type, AgencyStatus status) {
        }
        List<Base> bases = query("SELECT a.id, a.name, a.agency_type, a.status FROM agency a WHERE " + condition + " ORDER BY a.id",
                s -> SqlList.bind(s, params), rs -> new Base(rs.getLong(1), rs.getString(2), AgencyType.valueOf(rs.getString(3)),
                        AgencyStatus.valueOf(rs.getString(4))));
        if (bases.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> units = new HashMap<>();
        query("SELECT u.agency_id, u.unit_name FROM agency_interest_unit u JOIN agency a ON a.id = u.agency_id "
                        + "WHERE " + condition + " ORDER BY u.agency_id, u.sort_order, u.id",
                s -> SqlList.bind(s, params), rs -> {
                    String name = rs.getString(2).trim();
                    if (!name.isEmpty()) {
                        units.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(name);
                    }
                    return null;
                });
        Map<Long, Integer> qualified = new HashMap<>();
        Date today = Date.valueOf(clock.today());
        query("SELECT p.agency_id, COUNT(DISTINCT p.id) FROM agency_person p JOIN agency a ON a.id = p.agency_id "
                        + "WHERE " + condition + " AND p.active = TRUE AND p.role = 'LEAD_EVALUATOR' AND EXISTS "
                        + "(SELECT 1 FROM agency_certificate c WHERE c.person_id = p.id AND c.expires_on >= ?) "
                        + "GROUP BY p.agency_id",
                s -> {
                    SqlList.bind(s, params);
                    s.setDate(params.size() + 1, today);
                }, rs -> qualified.put(rs.getLong(1), rs.getInt(2)));
        Map<Long, Map<String, Integer>> track = new HashMap<>();
        query("SELECT t.agency_id, t.work_type, COUNT(*) FROM agency_track_record t JOIN agency a ON a.id = t.agency_id "
                        + "WHERE " + condition + " AND t.work_type IS NOT NULL GROUP BY t.agency_id, t.work_type",
                s -> SqlList.bind(s, params),
                rs -> track.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getInt(3)));
        List<PoolMember> members = new ArrayList<>(bases.size());
        for (Base b : bases) {
            members.add(new PoolMember(b.id(), b.name(), b.type(), b.status(),
                    Collections.unmodifiableSet(units.getOrDefault(b.id(), Set.of())),
                    qualified.getOrDefault(b.id(), 0),
                    Collections.unmodifiableMap(track.getOrDefault(b.id(), Map.of()))));
        }
        return members;
    }

    @Override
    @Transactional
    public List<AgencyPerson> people(long agencyId) {
        return query("SELECT id, name, role, title FROM agency_person WHERE agency_id = ? AND active = TRUE "
                        + "ORDER BY FIELD(role, 'LEAD_EVALUATOR', 'EXPERT', 'OTHER'), sort_order, id",
                s -> s.setLong(1, agencyId),
                rs -> new AgencyPerson(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        return jdbc.prepareStatement(sql, statement -> {
            binder.bind(statement);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    T row = mapper.map(rs);
                    if (row != null) {
                        rows.add(row);
                    }
                }
            }
            return rows;
        });
    }
}
