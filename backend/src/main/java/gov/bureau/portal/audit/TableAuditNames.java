package gov.bureau.portal.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link AuditNames} for an entity type kept in one table with a numeric id: the owning area names the
 * table and the column (or expression) to show; ids that are not numbers or not found get no name.
 */
public abstract class TableAuditNames implements AuditNames {

    private final JdbcOperations jdbc;
    private final String entityType;
    private final String select;

    /** {@code nameSql} is trusted SQL of the area, e.g. {@code name} or {@code CONCAT(a, b)}. */
    protected TableAuditNames(JdbcOperations jdbc, String entityType, String table, String nameSql) {
        this.jdbc = jdbc;
        this.entityType = entityType;
        this.select = "SELECT id, " + nameSql + " FROM " + table + " WHERE id IN (";
    }

    @Override
    public String entityType() {
        return entityType;
    }

    @Override
    public Map<String, String> names(Collection<String> ids) {
        List<Long> numbers = ids.stream().filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf).distinct().toList();
        Map<String, String> out = new HashMap<>();
        if (numbers.isEmpty()) {
            return out;
        }
        String marks = String.join(",", Collections.nCopies(numbers.size(), "?"));
        return jdbc.prepareStatement(select + marks + ")", s -> {
            for (int i = 0; i < numbers.size(); i++) {
                s.setLong(i + 1, numbers.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(String.valueOf(rs.getLong(1)), rs.getString(2));
                }
            }
            return out;
        });
    }
}
