package gov.bureau.portal.credit;

import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.identity.UserNames;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.annotation.QueryValue;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reading blacklist entries: the bureau's list, current and past, and the public list of those in force. */
@Singleton
public class BlacklistQueries {

    static final Map<String, String> BLACKLIST_SORTS = Map.of(
            "startOn", "b.start_on", "until", "b.until_on", "agencyName", "a.name");

    private final JdbcOperations jdbc;
    private final BlacklistRepository blacklist;
    private final EvidenceService evidence;
    private final UserNames people;
    private final BureauClock clock;

    BlacklistQueries(JdbcOperations jdbc, BlacklistRepository blacklist, EvidenceService evidence, UserNames people, BureauClock clock) {
        this.jdbc = jdbc;
        this.blacklist = blacklist;
        this.evidence = evidence;
        this.people = people;
        this.clock = clock;
    }

    /** The one predicate "blacklisted on {@code today}" over {@code credit_blacklist_entry b} (not ended, not lifted). */
    static SqlList activeOn(SqlList sql, LocalDate today) {
        return sql.where("b.start_on <= ? AND b.until_on >= ? AND (b.lifted_on IS NULL OR b.lifted_on > ?)", today, today, today);
    }


    /** The blacklist list's filters, bound from the query string as one bean ({@code @RequestBean}). */
    @Introspected
    public record BlacklistFilter(@Nullable @QueryValue BlacklistState state, @Nullable @QueryValue Long agencyId,
                                  @Nullable @QueryValue String q) {
    }

    @Transactional
    public PageResponse<CreditViews.BlacklistView> blacklist(BlacklistFilter f, PageQuery page) {
        LocalDate today = clock.today();
        SqlList sql = new SqlList("FROM credit_blacklist_entry b JOIN agency a ON a.id = b.agency_id");
        if (f.state() == BlacklistState.CURRENT) {
            activeOn(sql, today);
        } else if (f.state() == BlacklistState.ENDED) {
            sql.where("(b.until_on < ? OR b.lifted_on <= ?)", today, today);
        }
        sql.whereIf(f.agencyId(), "b.agency_id = ?", f.agencyId());
        sql.whereNameOrUscc("a.name", "a.uscc", f.q());
        record Line(long id, String name, String uscc) {
        }
        SqlList.Page<Line> lines = sql.page(jdbc, "SELECT b.id, a.name, a.uscc", page, BLACKLIST_SORTS, "startOn,desc",
                "b.id", rs -> new Line(rs.getLong("id"), rs.getString("name"), rs.getString("uscc")));
        Map<Long, BlacklistEntry> byId = new HashMap<>();
        (lines.rows().isEmpty() ? List.<BlacklistEntry>of() : blacklist.findByIdIn(lines.rows().stream().map(Line::id).toList())).forEach(b -> byId.put(b.getId(), b));
        Map<Long, List<EvidenceService.FileView>> files = evidence.filesOf(EvidenceFile.BLACKLIST, byId.keySet());
        Map<String, String> shown = shownNames(byId.values());
        List<CreditViews.BlacklistView> views = lines.rows().stream()
                .map(l -> blacklistView(byId.get(l.id()), l.name(), l.uscc(), today, files, shown)).toList();
        return lines.response(views);
    }

    /** Who put the entries on the list or lifted them, as people are named (王业务, not staff): one lookup. */
    Map<String, String> shownNames(Collection<BlacklistEntry> entries) {
        return people.displayNames(entries.stream().flatMap(b -> Stream.of(b.getCreatedByName(), b.getLiftedByName())).toList());
    }

    CreditViews.BlacklistView blacklistView(BlacklistEntry b, String name, String uscc, LocalDate today,
                                            Map<Long, List<EvidenceService.FileView>> files, Map<String, String> shown) {
        return new CreditViews.BlacklistView(b.getId(), b.getAgencyId(), name, uscc, b.getEventId(), b.getReason(),
                b.getEvidence(), b.getStartOn(), b.getUntilOn(), b.span().activeOn(today), b.getLiftedOn(), b.getLiftReason(),
                shown.get(b.getLiftedByName()), shown.get(b.getCreatedByName()), clock.toOffset(b.getCreatedAt()), files.getOrDefault(b.getId(), List.of()));
    }

    @Transactional
    public PageResponse<CreditViews.PublicBlacklistEntry> publicBlacklist(@Nullable String q, PageQuery page) {
        LocalDate today = clock.today();
        SqlList sql = new SqlList("FROM credit_blacklist_entry b JOIN agency a ON a.id = b.agency_id");
        activeOn(sql, today).whereNameOrUscc("a.name", "a.uscc", q);
        SqlList.Page<CreditViews.PublicBlacklistEntry> p = sql.page(jdbc,
                "SELECT a.id, a.name, a.uscc, a.agency_type, b.reason, b.start_on, b.until_on", page, BLACKLIST_SORTS,
                "startOn,desc", "b.id", rs -> new CreditViews.PublicBlacklistEntry(rs.getLong("id"), rs.getString("name"),
                        rs.getString("uscc"), rs.getString("agency_type"), rs.getString("reason"), SqlList.date(rs, "start_on"),
                        SqlList.date(rs, "until_on")));
        return p.response(p.rows());
    }
}
