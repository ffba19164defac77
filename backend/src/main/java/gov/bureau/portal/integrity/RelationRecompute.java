package gov.bureau.portal.integrity;

import gov.bureau.portal.agency.AgencyEvents;
import gov.bureau.portal.common.Sql;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the stored links of related agencies (DOMAIN.md §12) equal to what the approved profiles prove: recomputed
 * whenever a profile is approved or admitted to the pool, for the values that agency holds or held only (the relation
 * index, V100), the whole pool when the index cannot say; dismissals kept. {@link RelationService} reads the groups.
 */
@Singleton
public class RelationRecompute {

    private static final String IN_POOL = RelationFacts.IN_POOL;

    private final JdbcOperations jdbc;
    private final Sql db;
    private final RelationFacts profiles;
    private final BureauClock clock;

    RelationRecompute(Sql db, RelationFacts profiles, BureauClock clock) {
        this.jdbc = db.jdbc();
        this.db = db;
        this.profiles = profiles;
        this.clock = clock;
    }

    @EventListener
    void onApproved(AgencyEvents.ProfileApproved event) {
        recompute(event.agencyId());
    }

    @EventListener
    void onAdmitted(AgencyEvents.AdmittedToPool event) {
        recompute(event.agencyId());
    }

    /**
     * Brings the stored links up to the approved profiles of the whole pool: new links added, vanished ones removed,
     * dismissals kept; the relation index rebuilt. The incremental {@link #recompute(long)} falls back on it.
     */
    @Transactional
    public int recompute() {
        lock();
        List<RelationFinder.Fact> facts = profiles.pool();
        List<RelationFinder.Link> found = RelationFinder.links(facts);
        store(found, loadStored(null));
        jdbc.prepareStatement("DELETE FROM agency_relation_key", st -> st.executeUpdate());
        jdbc.prepareStatement("DELETE FROM agency_relation_indexed", st -> st.executeUpdate());
        index(facts);
        return found.size();
    }

    /**
     * The same as {@link #recompute()} after the profile of one agency changed, entered or left the pool, reading only
     * what can link it: the agencies that share (through the relation index) a value it holds now or held before, and
     * the links of those values; every other link stays as it is. Agencies that entered the pool without an approval
     * (or before the index existed) or left it since the last recompute are taken along; when there are more than
     * {@link #INCREMENTAL_LIMIT} of them the whole pool is recomputed instead. Answers the number of links of the values
     * recomputed.
     */
    @Transactional
    public int recompute(long agencyId) {
        lock();
        Set<Long> changed = new TreeSet<>();
        changed.add(agencyId);
        changed.addAll(ids("SELECT a.id FROM agency a LEFT JOIN agency_relation_indexed i ON i.agency_id = a.id "
                + "WHERE a.status IN " + IN_POOL + " AND i.agency_id IS NULL"));
        changed.addAll(ids("SELECT i.agency_id FROM agency_relation_indexed i JOIN agency a ON a.id = i.agency_id "
                + "WHERE a.status NOT IN " + IN_POOL));
        if (changed.size() > INCREMENTAL_LIMIT || ids("SELECT agency_id FROM agency_relation_indexed LIMIT 1").isEmpty()) {
            // many to take along, or no index yet (a new database, or one of before V100 whose links may name agencies
            // that have left the pool since): the whole pool
            return recompute();
        }
        Set<String> affected = new HashSet<>();
        for (List<Long> chunk : InChunks.of(changed)) {
            affected.addAll(db.list("SELECT match_key FROM agency_relation_key WHERE agency_id IN (" + Sql.placeholders(chunk.size()) + ")",
                    rs -> rs.getString(1), chunk.toArray()));
        }
        List<RelationFinder.Fact> own = profiles.of(changed);
        RelationFinder.matchKeys(own).values().forEach(affected::addAll);
        for (List<Long> chunk : InChunks.of(changed)) {
            String in = " WHERE agency_id IN (" + Sql.placeholders(chunk.size()) + ")";
            db.update("DELETE FROM agency_relation_key" + in, chunk.toArray());
            db.update("DELETE FROM agency_relation_indexed" + in, chunk.toArray());
        }
        index(own);
        Set<Long> holders = new TreeSet<>();
        for (List<String> chunk : InChunks.of(affected)) {
            holders.addAll(ids("SELECT agency_id FROM agency_relation_key WHERE match_key IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()));
        }
        holders.removeAll(changed);
        List<RelationFinder.Fact> facts = new ArrayList<>(own);
        facts.addAll(profiles.of(holders));
        List<RelationFinder.Link> found = RelationFinder.links(facts, affected);
        store(found, loadStored(affected));
        return found.size();
    }

    /** More agencies than this to bring into or out of the index at once: the whole pool is recomputed. */
    static final int INCREMENTAL_LIMIT = 1_000;

    /** Serialises recomputations until the end of the transaction (V100's one row). */
    private void lock() {
        jdbc.prepareStatement("SELECT id FROM agency_relation_lock WHERE id = 1 FOR UPDATE", st -> {
            st.executeQuery().close();
            return null;
        });
    }

    /** Writes the relation index of the agencies the facts are of (their rows deleted before). */
    private void index(List<RelationFinder.Fact> facts) {
        Map<Long, Set<String>> keys = RelationFinder.matchKeys(facts);
        Set<Long> agencies = new TreeSet<>();
        facts.forEach(f -> agencies.add(f.agencyId()));
        Timestamp now = Timestamp.from(clock.now());
        if (!keys.isEmpty()) {
            jdbc.prepareStatement("INSERT INTO agency_relation_key (agency_id, match_key) VALUES (?, ?)", st -> {
                int n = 0;
                for (Map.Entry<Long, Set<String>> e : keys.entrySet()) {
                    for (String key : e.getValue()) {
                        st.setLong(1, e.getKey());
                        st.setString(2, key);
                        st.addBatch();
                        if (++n % 5_000 == 0) {
                            st.executeBatch();
                        }
                    }
                }
                st.executeBatch();
                return null;
            });
        }
        if (!agencies.isEmpty()) {
            jdbc.prepareStatement("INSERT INTO agency_relation_indexed (agency_id, indexed_at) VALUES (?, ?)", st -> {
                for (Long id : agencies) {
                    st.setLong(1, id);
                    st.setTimestamp(2, now);
                    st.addBatch();
                }
                st.executeBatch();
                return null;
            });
        }
    }

    /** The stored links (key: low/high/kind/match key → id) of these match keys, or all of them (null). */
    private Map<String, Long> loadStored(Set<String> matchKeys) {
        Map<String, Long> stored = new HashMap<>();
        List<List<String>> chunks = matchKeys == null ? Collections.singletonList(null) : InChunks.of(matchKeys);
        for (List<String> chunk : chunks) {
            db.list("SELECT id, agency_low, agency_high, kind, match_key FROM agency_relation_link"
                            + (chunk == null ? "" : " WHERE match_key IN (" + Sql.placeholders(chunk.size()) + ")"),
                    rs -> stored.put(rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getString(4) + "/" + rs.getString(5), rs.getLong(1)),
                    chunk == null ? new Object[0] : chunk.toArray());
        }
        return stored;
    }

    /** Brings the stored links given up to the links found: new ones added, vanished ones removed, the others (and their dismissals) kept. */
    private void store(List<RelationFinder.Link> found, Map<String, Long> stored) {
        Set<String> keep = new HashSet<>();
        List<RelationFinder.Link> fresh = new ArrayList<>();
        for (RelationFinder.Link l : found) {
            String key = l.low() + "/" + l.high() + "/" + l.kind() + "/" + l.matchKey();
            keep.add(key);
            if (!stored.containsKey(key)) {
                fresh.add(l);
            }
        }
        List<Long> gone = stored.entrySet().stream().filter(e -> !keep.contains(e.getKey())).map(Map.Entry::getValue).toList();
        Timestamp now = Timestamp.from(clock.now());
        if (!fresh.isEmpty()) {
            jdbc.prepareStatement("INSERT IGNORE INTO agency_relation_link (agency_low, agency_high, kind, match_key, evidence, found_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", st -> {
                for (RelationFinder.Link l : fresh) {
                    st.setLong(1, l.low());
                    st.setLong(2, l.high());
                    st.setString(3, l.kind().name());
                    st.setString(4, l.matchKey());
                    st.setString(5, l.evidence());
                    st.setTimestamp(6, now);
                    st.addBatch();
                }
                st.executeBatch();
                return null;
            });
        }
        if (!gone.isEmpty()) {
            jdbc.prepareStatement("DELETE FROM agency_relation_link WHERE id = ?", st -> {
                for (Long id : gone) {
                    st.setLong(1, id);
                    st.addBatch();
                }
                st.executeBatch();
                return null;
            });
        }
    }

    private List<Long> ids(String sql, Object... params) {
        return db.list(sql, rs -> rs.getLong(1), params);
    }
}
