package gov.bureau.portal.integrity;

import gov.bureau.portal.agency.AgencyStatus;
import gov.bureau.portal.support.AgencyRows;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestCodes;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incremental recompute on one agency's approval (the relation index, V100) stores the same links as the full
 * recompute of the whole pool (DOMAIN.md §12), dismissals included: over randomised profiles (a seed each) that share
 * legal representatives, practitioners, shareholders, phones, mail domains and addresses, changed one agency at a time,
 * agencies joining and leaving the pool, and agencies put in the pool without an approval.
 */
@MicronautTest(transactional = false)
class RelationIncrementalTest extends IntegrationTest {

    @Inject
    RelationRecompute relations;

    @Inject
    RelationFacts profiles;

    @Inject
    DataSource dataSource;

    @Inject
    TransactionOperations<Connection> tx;

    /** The values of one run, few enough that agencies share them often. */
    private record World(Random random, String token, List<Long> mine) {

        String id(int k) {
            String v = "RI" + token.toUpperCase(Locale.ROOT) + k;
            return switch (random.nextInt(4)) { // normalised as the finder does: case and spaces do not matter
                case 0 -> v.toLowerCase(Locale.ROOT);
                case 1 -> v + " ";
                default -> v;
            };
        }

        String anyId() {
            return id(random.nextInt(14));
        }

        String phone() {
            String digits = String.valueOf(20_000_000 + Math.floorMod(token.hashCode(), 70_000_000) + random.nextInt(8));
            return random.nextBoolean() ? "0571-" + digits : "0571 " + digits.substring(0, 4) + " " + digits.substring(4);
        }

        String email() {
            return random.nextInt(5) == 0 ? "a" + random.nextInt(9) + "@qq.com" : "m" + random.nextInt(9) + "@" + token + "-d" + random.nextInt(4) + ".cn";
        }

        String address() {
            int k = random.nextInt(6);
            return random.nextBoolean() ? "测试省测试市关联路" + token + " " + k + " 号" : "测试省测试市关联路" + token + k + "号";
        }
    }

    private Connection connection() throws SQLException {
        return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 16, 2026, 90210})
    void theIncrementalRecomputeStoresWhatTheFullOneWould(long seed) throws SQLException {
        World w = new World(new Random(seed), unique("ri").toLowerCase(Locale.ROOT), new ArrayList<>());
        try (Connection c = connection()) {
            for (int i = 0; i < 14; i++) {
                w.mine().add(agency(c, w, AgencyStatus.APPROVED));
            }
        }
        relations.recompute(); // the whole pool: the baseline
        assertConsistent("baseline");
        int linked = 0; // the most links among this run's agencies at once: the data must relate them
        boolean pending = false; // an agency put in the pool without an approval, taken along by the next recompute
        for (int step = 0; step < 40; step++) {
            int op = w.random().nextInt(10);
            String what;
            try (Connection c = connection()) {
                List<Long> pool = inPool(c, w.mine());
                while (pool.size() < 2) { // someone to change, and someone else
                    long fresh = agency(c, w, AgencyStatus.APPROVED);
                    w.mine().add(fresh);
                    relations.recompute(fresh);
                    pool.add(fresh);
                }
                long x = pool.get(w.random().nextInt(pool.size()));
                if (op <= 4) {
                    what = "agency " + x + "'s change approved";
                    profile(c, w, x);
                    relations.recompute(x);
                } else if (op == 5) {
                    long fresh = agency(c, w, AgencyStatus.APPROVED);
                    w.mine().add(fresh);
                    what = "agency " + fresh + " admitted";
                    relations.recompute(fresh);
                } else if (op == 6) {
                    what = "agency " + x + " withdrawn, another approved";
                    status(c, x, AgencyStatus.WITHDRAWN);
                    relations.recompute(pool.get((pool.indexOf(x) + 1) % pool.size()));
                } else if (op == 7) {
                    List<Long> out = new ArrayList<>(w.mine());
                    out.removeAll(pool);
                    long back = out.isEmpty() ? x : out.get(w.random().nextInt(out.size()));
                    what = "agency " + back + " back in the pool";
                    status(c, back, AgencyStatus.APPROVED);
                    relations.recompute(back);
                } else if (op == 8) {
                    what = "a link dismissed";
                    dismissOne(c, w);
                } else {
                    long quiet = agency(c, w, AgencyStatus.APPROVED);
                    w.mine().add(quiet);
                    pending = true;
                    continue;
                }
            }
            if (op != 8) {
                pending = false;
            }
            if (!pending) {
                assertConsistent("seed " + seed + ", step " + step + ": " + what);
                linked = Math.max(linked, linksAmong(w.mine()));
            }
            if (step % 8 == 7 && !pending) {
                // a full recompute after the incremental ones changes nothing: same rows, same ids, same dismissals
                Map<Long, String> before = rows();
                relations.recompute();
                assertThat(rows()).as("seed %d, step %d: the full recompute after the incremental ones", seed, step).isEqualTo(before);
            }
        }
        assertThat(linked).as("links among the run's agencies").isGreaterThan(5);
    }

    private int linksAmong(List<Long> ids) throws SQLException {
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM agency_relation_link "
                + "WHERE agency_low IN (" + in + ") AND agency_high IN (" + in + ")"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The stored links are exactly those the pool's profiles prove (every value, the whole pool). */
    private void assertConsistent(String when) throws SQLException {
        Set<String> expected = RelationFinder.links(tx.executeRead(status -> profiles.pool())).stream()
                .map(l -> l.low() + "/" + l.high() + "/" + l.kind() + "/" + l.matchKey()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> stored = new TreeSet<>(rows().values().stream().map(r -> r.substring(0, r.lastIndexOf('/'))).toList());
        assertThat(stored).as(when).isEqualTo(expected);
    }

    /** Every stored link: id → low/high/kind/match key/dismissal. */
    private Map<Long, String> rows() throws SQLException {
        Map<Long, String> rows = new TreeMap<>();
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(
                "SELECT id, agency_low, agency_high, kind, match_key, dismissal_reason FROM agency_relation_link");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getLong(1), rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getString(4) + "/" + rs.getString(5) + "/" + rs.getString(6));
            }
        }
        return rows;
    }

    private static List<Long> inPool(Connection c, List<Long> ids) throws SQLException {
        List<Long> pool = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM agency WHERE status IN ('APPROVED', 'SUSPENDED') AND id IN ("
                + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") ORDER BY id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                pool.add(rs.getLong(1));
            }
        }
        return pool;
    }

    private long agency(Connection c, World w, AgencyStatus status) throws SQLException {
        long id = AgencyRows.insert(c, unique("关联随机"), TestCodes.uscc(), status);
        profile(c, w, id);
        return id;
    }

    private static void status(Connection c, long id, AgencyStatus status) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE agency SET status = ? WHERE id = ?")) {
            s.setString(1, status.name());
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    /** A new random profile for the agency, as an approved change writes it: people deactivated, holders replaced. */
    private static void profile(Connection c, World w, long id) throws SQLException {
        Random r = w.random();
        try (PreparedStatement s = c.prepareStatement("UPDATE agency SET legal_rep_name = '随机', legal_rep_id_type = ?, legal_rep_id_number = ?, "
                + "contact_phone = ?, email = ?, registered_address = ? WHERE id = ?")) {
            boolean rep = r.nextInt(5) > 0;
            s.setString(1, rep ? "RESIDENT_ID" : null);
            s.setString(2, rep ? w.anyId() : null);
            s.setString(3, r.nextInt(3) == 0 ? w.phone() : "1390" + (1_000_000 + r.nextInt(8_999_999)));
            s.setString(4, w.email());
            s.setString(5, r.nextInt(3) == 0 ? w.address() : null);
            s.setLong(6, id);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE agency_person SET active = FALSE WHERE agency_id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO agency_person (agency_id, role, name, id_type, id_number, active, "
                + "created_at, updated_at) VALUES (?, ?, '随机人员', 'RESIDENT_ID', ?, ?, ?, ?)")) {
            for (int i = r.nextInt(4); i > 0; i--) {
                s.setLong(1, id);
                s.setString(2, List.of("LEAD_EVALUATOR", "OTHER", "OTHER", "EXPERT").get(r.nextInt(4)));
                s.setString(3, w.anyId());
                s.setBoolean(4, r.nextInt(8) > 0);
                s.setTimestamp(5, now);
                s.setTimestamp(6, now);
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM agency_shareholder WHERE agency_id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO agency_shareholder (agency_id, holder_kind, name, id_type, id_number, "
                + "share_percent) VALUES (?, ?, '随机股东', ?, ?, 10)")) {
            for (int i = r.nextInt(3); i > 0; i--) {
                boolean person = r.nextBoolean() || w.mine().isEmpty();
                s.setLong(1, id);
                s.setString(2, person ? "PERSON" : "ORGANISATION");
                s.setString(3, person ? "RESIDENT_ID" : null);
                s.setString(4, person ? w.anyId() : uscc(c, w.mine().get(r.nextInt(w.mine().size()))));
                s.executeUpdate();
            }
        }
    }

    private static String uscc(Connection c, long agencyId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT uscc FROM agency WHERE id = ?")) {
            s.setLong(1, agencyId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1).toLowerCase(Locale.ROOT); // a holder's code as typed: case does not matter
            }
        }
    }

    /** STAFF dismisses one link in force between agencies of this run; recomputes keep it dismissed. */
    private static void dismissOne(Connection c, World w) throws SQLException {
        String mine = w.mine().stream().map(String::valueOf).collect(Collectors.joining(","));
        List<Long> links = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM agency_relation_link WHERE dismissed_at IS NULL AND agency_low IN ("
                + mine + ") ORDER BY id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                links.add(rs.getLong(1));
            }
        }
        if (links.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE agency_relation_link SET dismissed_at = ?, dismissed_by = 'test', "
                + "dismissal_reason = ? WHERE id = ?")) {
            long id = links.get(w.random().nextInt(links.size()));
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            s.setString(2, "dismissed " + id);
            s.setLong(3, id);
            s.executeUpdate();
        }
    }
}
