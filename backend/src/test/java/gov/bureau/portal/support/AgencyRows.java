package gov.bureau.portal.support;

import gov.bureau.portal.agency.AgencyStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The one fixture builder for agency rows, for tests that need an agency in a given status without its
 * registration and review (those go through the API). An agency in the pool gets its approval time and
 * its credit standing row, as {@code agency.AgencyEvents.AdmittedToPool} gives it.
 */
public final class AgencyRows {

    private AgencyRows() {
    }

    /** Inserts the agency and answers its id. */
    public static long insert(Connection c, String name, String uscc, AgencyStatus status) throws SQLException {
        long id = row(c, name, uscc, status.name(), status.inPool());
        if (status.inPool()) {
            PoolStandings.open(c, id);
        }
        return id;
    }

    /**
     * Only the agency's row, in the columns every schema version has held (for a migration test on an
     * older schema): no standing row; {@code approved} sets its approval time.
     */
    public static long row(Connection c, String name, String uscc, String status, boolean approved) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO agency (name, uscc, agency_type, contact_name, contact_phone, "
                + "email, status, registered_at, approved_at, created_at, updated_at) VALUES (?, ?, 'CONSULTING', '联系人', "
                + "CONCAT('139', LPAD(FLOOR(RAND() * 100000000), 8, '0')), 'a@example.cn', ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, name);
            s.setString(2, uscc);
            s.setString(3, status);
            s.setTimestamp(4, now);
            s.setTimestamp(5, approved ? now : null);
            s.setTimestamp(6, now);
            s.setTimestamp(7, now);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
