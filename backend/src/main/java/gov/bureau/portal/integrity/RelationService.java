package gov.bureau.portal.integrity;

import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.Sql;
import gov.bureau.portal.engagement.RelatedAgencies;
import gov.bureau.portal.identity.UserNames;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Related agencies as STAFF and the draw see them (DOMAIN.md §12): the groups of the stored links in force (connected
 * components) with their evidence, STAFF's dismissals of links and confirmations of groups (audited), and the groups the
 * draw counts as one entrant (the engagement area's {@link RelatedAgencies} port). {@link RelationRecompute} keeps the
 * links equal to the approved profiles.
 */
@Singleton
public class RelationService implements RelatedAgencies {

    static final String ENTITY = "AgencyRelation";

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
                + UserNames.displayNameSql("confirmed_by") + ", "
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
        String in = Sql.placeholders(ids.size());
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
