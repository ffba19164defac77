package gov.bureau.portal.engagement;

import gov.bureau.portal.audit.AuditNames;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Engagements named in the audit log (audit.AuditNames): the project's title. */
@Singleton
class EngagementAuditNames implements AuditNames {

    private final JdbcOperations jdbc;

    EngagementAuditNames(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entityType() {
        return "Engagement";
    }

    @Override
    public Map<String, String> names(Collection<String> ids) {
        List<Long> numbers = ids.stream().filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf).distinct().toList();
        Map<String, String> out = new HashMap<>();
        if (numbers.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(numbers.size(), "?"));
        return jdbc.prepareStatement("SELECT id, title FROM engagement WHERE id IN (" + marks + ")", s -> {
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
