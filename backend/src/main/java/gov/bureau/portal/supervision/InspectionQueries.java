package gov.bureau.portal.supervision;

import gov.bureau.portal.common.JsonText;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.identity.UserNames;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading inspections: the bureau's list and record, the agency's side, the yearly public results. */
@Singleton
public class InspectionQueries {

    private static final Map<String, String> SORTS = Map.of("id", "i.id", "year", "i.inspection_year, i.id");
    private static final Map<String, String> ITEM_SORTS = Map.of("id", "it.id");
    private static final Map<String, String> PUBLIC_SORTS = Map.of("agencyName", "a.name", "id", "it.id");

    private final Repositories.InspectionRepository inspections;
    private final Repositories.ItemRepository items;
    private final Repositories.WorkpaperRepository workpapers;
    private final Repositories.FindingRepository findings;
    private final InspectionSampling sampling;
    private final RuleBook book;
    private final SupervisionRules.ChecklistTable checklistTable;
    private final gov.bureau.portal.credit.CreditRuleTables.EventTypeTable eventTypes;
    private final JdbcOperations jdbc;
    private final JsonText json;
    private final UserNames people;
    private final BureauClock clock;

    InspectionQueries(Repositories.InspectionRepository inspections, Repositories.ItemRepository items,
                      Repositories.WorkpaperRepository workpapers, Repositories.FindingRepository findings,
                      InspectionSampling sampling, RuleBook book, SupervisionRules.ChecklistTable checklistTable,
                      gov.bureau.portal.credit.CreditRuleTables.EventTypeTable eventTypes, JdbcOperations jdbc, JsonText json, UserNames people,
                      BureauClock clock) {
        this.inspections = inspections;
        this.items = items;
        this.workpapers = workpapers;
        this.findings = findings;
        this.sampling = sampling;
        this.book = book;
        this.checklistTable = checklistTable;
        this.eventTypes = eventTypes;
        this.jdbc = jdbc;
        this.json = json;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    public PageResponse<SupervisionViews.InspectionRow> list(@Nullable Integer year, @Nullable InspectionKind kind, PageQuery page) {
        SqlList sql = new SqlList("FROM inspection i");
        sql.whereIf(year, "i.inspection_year = ?", year);
        sql.whereIf(kind, "i.kind = ?", kind == null ? null : kind.name());
        SqlList.Page<SupervisionViews.InspectionRow> p = sql.page(jdbc, "SELECT i.id, i.kind, i.inspection_year, i.share, "
                        + "i.minimum, i.population_size, " + UserNames.displayNameSql("i.created_by_name") + ", i.created_at, i.published_at, "
                        + "(SELECT COUNT(*) FROM inspection_item x WHERE x.inspection_id = i.id) AS n, "
                        + "(SELECT COUNT(*) FROM inspection_item x WHERE x.inspection_id = i.id AND x.status <> 'CONCLUDED') AS o",
                page, SORTS, "id,desc", "i.id", rs -> new SupervisionViews.InspectionRow(rs.getLong(1),
                        InspectionKind.valueOf(rs.getString(2)), rs.getInt(3), rs.getBigDecimal(4), rs.getInt(5), rs.getInt(6),
                        rs.getLong("n"), rs.getLong("o"), rs.getString(7), clock.toOffset(instant(rs, 8)), clock.toOffset(instant(rs, 9))));
        return p.response(p.rows());
    }

    private static java.time.Instant instant(ResultSet rs, int column) throws java.sql.SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    @Transactional
    public SupervisionViews.InspectionView inspection(Actor actor, long id) {
        Records.Inspection in = inspections.findById(id).orElseThrow(PortalException::notFound);
        SupervisionRules.Checklist checklist = book.byId(checklistTable, in.checklistVersionId()).content();
        List<SupervisionViews.ItemView> views = itemViews(actor, Map.of(id, in), items.findByInspection(id));
        return new SupervisionViews.InspectionView(in.id(), in.kind(), in.year(), in.share(), in.minimum(), in.seed(),
                in.populationSize(), in.inspectorsPerItem(), in.checklistVersionId(),
                checklist.items().stream().map(c -> new SupervisionViews.CheckItemView(c.id(), c.nameZh(), c.nameEn())).toList(),
                people.displayName(in.createdByName()), clock.toOffset(in.createdAt()), clock.toOffset(in.publishedAt()), views);
    }

    /** The agency's side: its items of every inspection, newest first (other agencies' are never listed). */
    @Transactional
    public PageResponse<SupervisionViews.ItemView> agencyItems(Actor actor, PageQuery page) {
        if (actor.agencyId() == null) {
            throw PortalException.notFound();
        }
        SqlList sql = new SqlList("FROM inspection_item it");
        sql.where("it.agency_id = ?", actor.agencyId());
        SqlList.Page<Long> p = sql.page(jdbc, "SELECT it.id", page, ITEM_SORTS, "id,desc", "it.id", rs -> rs.getLong(1));
        List<Records.Item> rows = new ArrayList<>();
        p.rows().forEach(i -> items.findById(i).ifPresent(rows::add));
        Map<Long, Records.Inspection> byId = new HashMap<>();
        rows.forEach(r -> byId.computeIfAbsent(r.inspectionId(), k -> inspections.findById(k).orElseThrow()));
        return p.response(itemViews(actor, byId, rows));
    }

    @Transactional
    public SupervisionViews.ItemView item(Actor actor, long inspectionId, long itemId) {
        Records.Item item = items.findById(itemId).filter(i -> i.inspectionId() == inspectionId).orElseThrow(PortalException::notFound);
        if (!actor.maySeeAgency(item.agencyId())) {
            throw PortalException.notFound();
        }
        Records.Inspection in = inspections.findById(inspectionId).orElseThrow(PortalException::notFound);
        return itemViews(actor, Map.of(inspectionId, in), List.of(item)).get(0);
    }

    List<SupervisionViews.ItemView> itemViews(Actor actor, Map<Long, Records.Inspection> byInspection, List<Records.Item> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(Records.Item::id).toList();
        Map<Long, List<SupervisionViews.WorkpaperView>> papers = new HashMap<>();
        var paperRows = workpapers.findByItems(ids);
        var findingRows = findings.findByItems(ids);
        // who uploaded or recorded, as people are named (王业务, not staff): one lookup
        Map<String, String> shown = people.displayNames(java.util.stream.Stream.concat(
                paperRows.stream().map(Records.Workpaper::uploadedByName), findingRows.stream().map(Records.Finding::recordedByName)).toList());
        paperRows.forEach(w -> papers.computeIfAbsent(w.itemId(), k -> new ArrayList<>())
                .add(new SupervisionViews.WorkpaperView(w.id(), w.fileName(), w.fileType(), w.sizeBytes(), shown.get(w.uploadedByName()),
                        clock.toOffset(w.uploadedAt()))));
        Map<Long, List<SupervisionViews.FindingView>> found = new HashMap<>();
        gov.bureau.portal.credit.EventTypes types = book.current(eventTypes).content();
        findingRows.forEach(f -> {
            var type = types.find(f.misconductType());
            found.computeIfAbsent(f.itemId(), k -> new ArrayList<>()).add(new SupervisionViews.FindingView(f.id(),
                    checklist(f.checklist()), f.conclusion(), f.comment(), f.misconductType(),
                    type.map(gov.bureau.portal.credit.EventTypes.EventType::nameZh).orElse(null),
                    type.map(gov.bureau.portal.credit.EventTypes.EventType::nameEn).orElse(null), f.creditEventId(),
                    shown.get(f.recordedByName()), clock.toOffset(f.recordedAt())));
        });
        Map<Long, List<Long>> teams = sampling.inspectorsOf(ids);
        Map<Long, String> userNames = names("SELECT id, display_name FROM app_user WHERE id IN (%s)",
                teams.values().stream().flatMap(List::stream).distinct().toList());
        Map<Long, String> agencyNames = names("SELECT id, name FROM agency WHERE id IN (%s)",
                list.stream().map(Records.Item::agencyId).distinct().toList());
        Map<Long, String> titles = names("SELECT id, title FROM engagement WHERE id IN (%s)",
                list.stream().map(Records.Item::engagementId).filter(java.util.Objects::nonNull).distinct().toList());
        LocalDate today = clock.today();
        List<SupervisionViews.ItemView> out = new ArrayList<>();
        for (Records.Item i : list) {
            Records.Inspection in = byInspection.get(i.inspectionId());
            boolean overdue = i.status() == ItemStatus.PAPERS_REQUESTED && i.papersDeadline() != null && today.isAfter(i.papersDeadline());
            out.add(new SupervisionViews.ItemView(i.id(), i.inspectionId(), in.kind(), in.year(), i.engagementId(),
                    i.engagementId() == null ? null : titles.get(i.engagementId()), i.agencyId(), agencyNames.get(i.agencyId()),
                    i.status(), i.papersRequestedOn(), i.papersDeadline(), i.papersNote(), overdue,
                    papers.getOrDefault(i.id(), List.of()), found.getOrDefault(i.id(), List.of()),
                    teams.getOrDefault(i.id(), List.of()).stream().map(u -> new SupervisionViews.InspectorView(u, userNames.get(u))).toList(),
                    i.rectification(), clock.toOffset(i.rectifiedAt()), i.outcome(), i.outcomeComment(),
                    clock.toOffset(i.concludedAt()), actions(actor, i, today)));
        }
        return out;
    }

    static List<String> actions(Actor actor, Records.Item i, LocalDate today) {
        List<String> out = new ArrayList<>();
        if (actor.isBureau()) {
            if (i.status().canMoveTo(ItemStatus.PAPERS_REQUESTED)) {
                out.add("REQUEST_PAPERS");
            }
            if (i.status().canMoveTo(ItemStatus.FINDING_RECORDED)) {
                out.add("RECORD_FINDING");
            }
            if (i.status().canMoveTo(ItemStatus.CONCLUDED)) {
                out.add("CONCLUDE");
            }
        } else if (actor.isAgency(i.agencyId())) {
            if ((i.status() == ItemStatus.PAPERS_REQUESTED || i.status() == ItemStatus.PAPERS_SUBMITTED)
                    && (i.papersDeadline() == null || !today.isAfter(i.papersDeadline()))) {
                out.add("UPLOAD_PAPERS");
            }
            if (i.status().canMoveTo(ItemStatus.RECTIFIED)) {
                out.add("RECTIFY");
            }
        }
        return out;
    }

    private List<SupervisionViews.CheckResultView> checklist(String text) {
        List<Map<String, String>> rows = json.read(text, Argument.listOf(Argument.mapOf(String.class, String.class)));
        return rows.stream().map(r -> new SupervisionViews.CheckResultView(r.get("itemId"), r.get("result"))).toList();
    }

    private Map<Long, String> names(String pattern, Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Long> list = new ArrayList<>(ids);
        String sql = String.format(pattern, String.join(",", java.util.Collections.nCopies(list.size(), "?")));
        jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < list.size(); i++) {
                ps.setLong(i + 1, list.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return null;
        });
        return out;
    }

    /**
     * The yearly public results: items of published inspections of the year, with the agency, the
     * engagement's title, the conclusion (the bureau's outcome, else the last finding's) and the
     * misconduct type if any; nothing personal.
     */
    @Transactional
    public PageResponse<SupervisionViews.PublicResult> publicResults(int year, PageQuery page) {
        SqlList sql = new SqlList("FROM inspection_item it JOIN inspection i ON i.id = it.inspection_id "
                + "JOIN agency a ON a.id = it.agency_id LEFT JOIN engagement e ON e.id = it.engagement_id");
        sql.where("i.inspection_year = ? AND i.published_at IS NOT NULL", year);
        SqlList.Page<SupervisionViews.PublicResult> p = sql.page(jdbc, "SELECT i.id, i.kind, i.inspection_year, a.id, a.name, "
                        + "a.uscc, e.title, COALESCE(it.outcome, (SELECT f.conclusion FROM inspection_finding f WHERE f.item_id = it.id "
                        + "ORDER BY f.id DESC LIMIT 1)) AS c, (SELECT f.misconduct_type FROM inspection_finding f WHERE f.item_id = it.id "
                        + "AND f.misconduct_type IS NOT NULL ORDER BY f.id DESC LIMIT 1) AS m",
                page, PUBLIC_SORTS, "id", "it.id", rs -> new SupervisionViews.PublicResult(rs.getLong(1),
                        InspectionKind.valueOf(rs.getString(2)), rs.getInt(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString("c") == null ? null : Conclusion.valueOf(rs.getString("c")), rs.getString("m")));
        return p.response(p.rows());
    }
}
