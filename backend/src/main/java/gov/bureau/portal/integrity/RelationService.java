package gov.bureau.portal.integrity;

import gov.bureau.portal.agency.AgencyEvents;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.engagement.RelatedAgencies;
import gov.bureau.portal.identity.UserNames;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Related agencies (DOMAIN.md §12): the links found in the approved profiles, kept with their evidence,
 * recomputed whenever a profile is approved or admitted to the pool, for the values that agency holds or held only
 * (the relation index, V100); STAFF's dismissals and confirmations; the groups the draw
 * counts as one entrant (the engagement area's {@link RelatedAgencies} port).
 */
@Singleton
public class RelationService implements RelatedAgencies {

    static final String ENTITY = "AgencyRelation";
    private static final String IN_POOL = "('APPROVED', 'SUSPENDED')";

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final BureauClock clock;
    private final UserNames people;

    RelationService(JdbcOperations jdbc, AuditLog audit, BureauClock clock, UserNames people) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.people = people;
    }

    @EventListener
    void onApproved(AgencyEvents.ProfileApproved event) {
        recompute(event.agencyId());
    }

    @EventListener
    void onAdmitted(AgencyEvents.AdmittedToPool event) {
        recompute(event.agencyId());
    }

    /** What the approved profiles of the pool say. */
    List<RelationFinder.Fact> facts() {
        return facts(null);
    }

    /** What the approved profiles of these agencies (null: the whole pool) say; an agency out of the pool says nothing. */
    List<RelationFinder.Fact> facts(Collection<Long> agencyIds) {
        List<RelationFinder.Fact> facts = new ArrayList<>();
        if (agencyIds == null) {
            readFacts(facts, "");
        } else {
            for (List<Long> chunk : chunks(agencyIds)) {
                readFacts(facts, " AND a.id IN (" + chunk.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
            }
        }
        return facts;
    }

    private void readFacts(List<RelationFinder.Fact> facts, String andAgencies) {
        jdbc.prepareStatement("SELECT a.id, a.name, a.legal_rep_name, a.legal_rep_id_number, a.contact_phone, a.email, a.registered_address, "
                + "a.uscc FROM agency a WHERE a.status IN " + IN_POOL + andAgencies, st -> {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String agency = rs.getString(2);
                    String rep = rs.getString(4);
                    if (rep != null) {
                        facts.add(new RelationFinder.Fact(id, RelationFinder.Source.LEGAL_REPRESENTATIVE, rep,
                                agency + " 法定代表人 " + rs.getString(3) + " (" + RelationFinder.mask(rep) + ")"));
                    }
                    String phone = rs.getString(5);
                    facts.add(new RelationFinder.Fact(id, RelationFinder.Source.PHONE, phone, agency + " 电话 " + phone));
                    String email = rs.getString(6);
                    String domain = email == null ? null : email.substring(email.lastIndexOf('@') + 1);
                    facts.add(new RelationFinder.Fact(id, RelationFinder.Source.EMAIL, email, agency + " 邮箱域名 " + domain));
                    String address = rs.getString(7);
                    facts.add(new RelationFinder.Fact(id, RelationFinder.Source.ADDRESS, address, agency + " 注册地址 " + address));
                    facts.add(new RelationFinder.Fact(id, RelationFinder.Source.AGENCY, rs.getString(8), agency + " 统一社会信用代码 " + rs.getString(8)));
                }
            }
            return null;
        });
        jdbc.prepareStatement("SELECT p.agency_id, a.name, p.role, p.name, p.id_number FROM agency_person p "
                + "JOIN agency a ON a.id = p.agency_id WHERE a.status IN " + IN_POOL + andAgencies
                + " AND p.active = TRUE AND p.id_number IS NOT NULL AND p.role IN ('LEAD_EVALUATOR', 'OTHER')", st -> {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    boolean lead = "LEAD_EVALUATOR".equals(rs.getString(3));
                    String idNumber = rs.getString(5);
                    facts.add(new RelationFinder.Fact(rs.getLong(1), lead ? RelationFinder.Source.LEAD_EVALUATOR : RelationFinder.Source.PRACTITIONER,
                            idNumber, rs.getString(2) + (lead ? " 主评人 " : " 从业人员 ") + rs.getString(4) + " (" + RelationFinder.mask(idNumber) + ")"));
                }
            }
            return null;
        });
        jdbc.prepareStatement("SELECT h.agency_id, a.name, h.holder_kind, h.name, h.id_number FROM agency_shareholder h "
                + "JOIN agency a ON a.id = h.agency_id WHERE a.status IN " + IN_POOL + andAgencies + " AND h.id_number IS NOT NULL", st -> {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String idNumber = rs.getString(5);
                    boolean person = "PERSON".equals(rs.getString(3)); // an organisation's credit code is public
                    facts.add(new RelationFinder.Fact(rs.getLong(1), RelationFinder.Source.SHAREHOLDER, idNumber, rs.getString(2)
                            + " 股东/合伙人 " + rs.getString(4) + " (" + (person ? RelationFinder.mask(idNumber) : idNumber) + ")"));
                }
            }
            return null;
        });
    }

    /**
     * Brings the stored links up to the approved profiles of the whole pool: new links added, vanished ones removed,
     * dismissals kept; the relation index rebuilt. The incremental {@link #recompute(long)} falls back on it.
     */
    @Transactional
    public int recompute() {
        lock();
        List<RelationFinder.Fact> facts = facts(null);
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
        for (List<Long> chunk : chunks(changed)) {
            affected.addAll(strings("SELECT match_key FROM agency_relation_key WHERE agency_id IN (" + placeholders(chunk.size()) + ")", chunk));
        }
        List<RelationFinder.Fact> own = facts(changed);
        RelationFinder.matchKeys(own).values().forEach(affected::addAll);
        for (List<Long> chunk : chunks(changed)) {
            String in = " WHERE agency_id IN (" + placeholders(chunk.size()) + ")";
            update("DELETE FROM agency_relation_key" + in, chunk);
            update("DELETE FROM agency_relation_indexed" + in, chunk);
        }
        index(own);
        Set<Long> holders = new TreeSet<>();
        for (List<String> chunk : chunks(affected)) {
            holders.addAll(ids("SELECT agency_id FROM agency_relation_key WHERE match_key IN (" + placeholders(chunk.size()) + ")", chunk));
        }
        holders.removeAll(changed);
        List<RelationFinder.Fact> facts = new ArrayList<>(own);
        facts.addAll(facts(holders));
        List<RelationFinder.Link> found = RelationFinder.links(facts, affected);
        store(found, loadStored(affected));
        return found.size();
    }

    /** More agencies than this to bring into or out of the index at once: the whole pool is recomputed. */
    static final int INCREMENTAL_LIMIT = 1_000;
    private static final int CHUNK = 500;

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
        List<List<String>> chunks = matchKeys == null ? Collections.singletonList(null) : chunks(matchKeys);
        for (List<String> chunk : chunks) {
            jdbc.prepareStatement("SELECT id, agency_low, agency_high, kind, match_key FROM agency_relation_link"
                    + (chunk == null ? "" : " WHERE match_key IN (" + placeholders(chunk.size()) + ")"), st -> {
                if (chunk != null) {
                    bind(st, chunk);
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        stored.put(rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getString(4) + "/" + rs.getString(5), rs.getLong(1));
                    }
                }
                return null;
            });
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

    private static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement st, List<?> values) throws SQLException {
        int i = 1;
        for (Object v : values) {
            if (v instanceof Long l) {
                st.setLong(i++, l);
            } else {
                st.setString(i++, (String) v);
            }
        }
    }

    private List<Long> ids(String sql) {
        return ids(sql, List.of());
    }

    private List<Long> ids(String sql, List<?> params) {
        return jdbc.prepareStatement(sql, st -> {
            bind(st, params);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    private List<String> strings(String sql, List<?> params) {
        return jdbc.prepareStatement(sql, st -> {
            bind(st, params);
            List<String> values = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        });
    }

    private void update(String sql, List<?> params) {
        jdbc.prepareStatement(sql, st -> {
            bind(st, params);
            return st.executeUpdate();
        });
    }

    private record StoredLink(long id, long low, long high, String kind, String evidence, Instant dismissedAt, String dismissedBy,
                              String reason) {
    }

    private List<StoredLink> links(boolean inForceOnly) {
        return jdbc.prepareStatement("SELECT id, agency_low, agency_high, kind, evidence, dismissed_at, dismissed_by, dismissal_reason "
                + "FROM agency_relation_link" + (inForceOnly ? " WHERE dismissed_at IS NULL" : "") + " ORDER BY agency_low, agency_high, id", st -> {
            List<StoredLink> list = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Timestamp d = rs.getTimestamp(6);
                    list.add(new StoredLink(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                            d == null ? null : d.toInstant(), rs.getString(7), rs.getString(8)));
                }
            }
            return list;
        });
    }

    private static List<TreeSet<Long>> components(List<StoredLink> links) {
        return RelationFinder.components(links.stream().filter(l -> l.dismissedAt() == null).map(l -> new long[]{l.low(), l.high()}).toList());
    }

    /** The groups with every link in force, and the dismissed links with their reasons. */
    @Transactional
    public RelationViews.Groups groups() {
        List<StoredLink> all = links(false);
        List<TreeSet<Long>> groups = components(all);
        Map<Long, Long> groupOf = new HashMap<>();
        groups.forEach(g -> g.forEach(i -> groupOf.put(i, g.first())));
        Map<Long, String> names = names(groupOf.keySet());
        Map<String, RelationViews.Confirmation> confirmations = confirmations();
        List<RelationViews.Group> views = new ArrayList<>();
        for (TreeSet<Long> g : groups) {
            List<RelationViews.LinkView> links = all.stream().filter(l -> l.dismissedAt() == null && g.contains(l.low()))
                    .map(l -> new RelationViews.LinkView(l.id(), l.low(), l.high(), RelationKind.valueOf(l.kind()), l.evidence(), null, null, null))
                    .toList();
            List<RelationViews.Member> members = g.stream().map(i -> new RelationViews.Member(i, names.get(i))).toList();
            views.add(new RelationViews.Group(g.first(), List.copyOf(g), members, links, confirmations.get(memberHash(g))));
        }
        List<RelationViews.LinkView> dismissed = all.stream().filter(l -> l.dismissedAt() != null)
                .map(l -> new RelationViews.LinkView(l.id(), l.low(), l.high(), RelationKind.valueOf(l.kind()), l.evidence(),
                        clock.toOffset(l.dismissedAt()), l.dismissedBy(), l.reason())).toList();
        return new RelationViews.Groups(views, dismissed);
    }

    @Transactional
    public RelationViews.LinkView dismiss(Actor actor, long linkId, String reason) {
        StoredLink link = jdbc.prepareStatement("SELECT id, agency_low, agency_high, kind, evidence, dismissed_at, dismissed_by, "
                + "dismissal_reason FROM agency_relation_link WHERE id = ? FOR UPDATE", st -> {
            st.setLong(1, linkId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new StoredLink(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8)) : null;
            }
        });
        if (link == null) {
            throw PortalException.notFound();
        }
        if (link.dismissedAt() != null) {
            throw PortalException.conflict("LINK_ALREADY_DISMISSED");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw PortalException.invalid("reason", "validation.required");
        }
        Instant now = clock.now();
        jdbc.prepareStatement("UPDATE agency_relation_link SET dismissed_at = ?, dismissed_by = ?, dismissal_reason = ? WHERE id = ?", st -> {
            st.setTimestamp(1, Timestamp.from(now));
            st.setString(2, actor.username());
            st.setString(3, why);
            st.setLong(4, linkId);
            return st.executeUpdate();
        });
        audit.record(actor, "AGENCY_RELATION_LINK_DISMISSED", ENTITY, linkId, Changes.create().set("from", link.low())
                .set("to", link.high()).set("kind", link.kind()).toMap(), why);
        return new RelationViews.LinkView(link.id(), link.low(), link.high(), RelationKind.valueOf(link.kind()), link.evidence(),
                clock.toOffset(now), actor.username(), why);
    }

    /** STAFF confirms a group as it stands now (its id: the smallest agency id). */
    @Transactional
    public RelationViews.Confirmation confirm(Actor actor, long groupId, String comment) {
        TreeSet<Long> group = components(links(true)).stream().filter(g -> g.first() == groupId).findFirst()
                .orElseThrow(PortalException::notFound);
        String hash = memberHash(group);
        if (confirmations().containsKey(hash)) {
            throw PortalException.conflict("GROUP_ALREADY_CONFIRMED");
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        Instant now = clock.now();
        String members = group.stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.prepareStatement("INSERT INTO agency_relation_confirmation (group_id, member_ids, member_hash, comment, confirmed_by, confirmed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", st -> {
            st.setLong(1, groupId);
            st.setString(2, members);
            st.setString(3, hash);
            st.setString(4, note);
            st.setString(5, actor.username());
            st.setTimestamp(6, Timestamp.from(now));
            return st.executeUpdate();
        });
        audit.record(actor, "AGENCY_RELATION_GROUP_CONFIRMED", ENTITY, groupId, Changes.create().set("agencyIds", List.copyOf(group)).toMap(), note);
        return new RelationViews.Confirmation(people.displayName(actor.username()), clock.toOffset(now), note);
    }

    private Map<String, RelationViews.Confirmation> confirmations() {
        return jdbc.prepareStatement("SELECT member_hash, "
                + "COALESCE((SELECT NULLIF(TRIM(u.display_name), '') FROM app_user u WHERE u.username = confirmed_by), confirmed_by), "
                + "confirmed_at, comment FROM agency_relation_confirmation", st -> {
            Map<String, RelationViews.Confirmation> map = new HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getString(1), new RelationViews.Confirmation(rs.getString(2), clock.toOffset(rs.getTimestamp(3).toInstant()),
                            rs.getString(4)));
                }
            }
            return map;
        });
    }

    private static String memberHash(Collection<Long> members) {
        return RelationFinder.sha256(members.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
    }

    private Map<Long, String> names(Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        String in = ids.stream().map(i -> "?").collect(Collectors.joining(","));
        jdbc.prepareStatement("SELECT id, name FROM agency WHERE id IN (" + in + ")", st -> {
            int i = 1;
            for (Long id : ids) {
                st.setLong(i++, id);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getLong(1), rs.getString(2));
                }
            }
            return null;
        });
        return names;
    }

    @Override
    @Transactional
    public Map<Long, Long> groupOf(Collection<Long> agencyIds) {
        Set<Long> wanted = new HashSet<>(agencyIds);
        Map<Long, Long> result = new HashMap<>();
        for (TreeSet<Long> g : components(links(true))) {
            for (Long id : g) {
                if (wanted.contains(id)) {
                    result.put(id, g.first());
                }
            }
        }
        return result;
    }

    @Override
    @Transactional
    public List<Long> membersOf(long groupId) {
        return components(links(true)).stream().filter(g -> g.first() == groupId).findFirst().map(List::copyOf).orElse(List.of());
    }
}
