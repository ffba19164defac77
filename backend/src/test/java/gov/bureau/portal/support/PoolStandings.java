package gov.bureau.portal.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * For fixtures that write an approved agency straight into the agency tables: what an approval leaves
 * in the credit area's read model (credit.StandingWriter#open, V45), the base standing under the bands
 * in force, so that the agency is in the pool as the application would have put it there.
 */
public final class PoolStandings {

    private PoolStandings() {
    }

    public static void open(Connection c, long agencyId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO credit_standing (agency_id, score, grade, blacklisted, computed_at, "
                + "points_in_force, bands_version_id) SELECT ?, b.base, CASE WHEN b.base >= b.min_a THEN 'A' "
                + "WHEN b.base >= b.min_b THEN 'B' WHEN b.base >= b.min_c THEN 'C' ELSE 'D' END, FALSE, UTC_TIMESTAMP(6), 0, b.id "
                + "FROM (SELECT v.id, CAST(JSON_UNQUOTE(JSON_EXTRACT(v.content, '$.base')) AS SIGNED) AS base, "
                + "CAST(JSON_UNQUOTE(JSON_EXTRACT(v.content, '$.minA')) AS SIGNED) AS min_a, "
                + "CAST(JSON_UNQUOTE(JSON_EXTRACT(v.content, '$.minB')) AS SIGNED) AS min_b, "
                + "CAST(JSON_UNQUOTE(JSON_EXTRACT(v.content, '$.minC')) AS SIGNED) AS min_c "
                + "FROM rule_version v WHERE v.rule_key = 'credit.bands' ORDER BY v.version DESC LIMIT 1) b")) {
            s.setLong(1, agencyId);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("the rule table credit.bands has no version yet");
            }
        }
    }
}
