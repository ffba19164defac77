package gov.bureau.portal.identity;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.transaction.Transactional;
import jakarta.inject.Singleton;
import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.util.ArrayList;
import java.util.List;

/** Gives accounts saved before the natural sort (V98) their sort key, once, at start. Idempotent. */
@Singleton
class UsernameSortBackfill {

    private final JdbcOperations jdbc;

    UsernameSortBackfill(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        List<Object[]> missing = jdbc.prepareStatement("SELECT id, username FROM app_user WHERE username_sort IS NULL", ps -> {
            List<Object[]> rows = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2)});
                }
            }
            return rows;
        });
        for (Object[] row : missing) {
            jdbc.prepareStatement("UPDATE app_user SET username_sort = ? WHERE id = ? AND username_sort IS NULL", ps -> {
                ps.setString(1, NaturalOrder.key((String) row[1]));
                ps.setLong(2, (Long) row[0]);
                return ps.executeUpdate();
            });
        }
    }
}
