package gov.bureau.portal.experts;

import gov.bureau.portal.common.Sql;
import gov.bureau.portal.common.JsonText;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.identity.UserNames;
import gov.bureau.portal.engagement.EngagementFacts;
import gov.bureau.portal.engagement.EngagementWorkflow;
import gov.bureau.portal.engagement.WorkService;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reading panels: one panel as its bureau or member sees it, the lists, and the engagement's files for the members. */
@Singleton
public class PanelQueries {

    private final PanelStore store;
    private final Sql sql;
    private final EngagementWorkflow workflow;
    private final EngagementFacts engagements;
    private final RuleBook rules;
    private final ChecklistRules checklistRules;
    private final JsonText json;
    private final BureauClock clock;
    private final UserNames people;

    PanelQueries(PanelStore store, Sql sql, EngagementWorkflow workflow, EngagementFacts engagements, RuleBook rules,
                 ChecklistRules checklistRules, JsonText json, BureauClock clock, UserNames people) {
        this.store = store;
        this.sql = sql;
        this.workflow = workflow;
        this.engagements = engagements;
        this.rules = rules;
        this.checklistRules = checklistRules;
        this.json = json;
        this.clock = clock;
        this.people = people;
    }

    private static final Map<String, String> SORTS = Map.of("createdAt", "p.created_at", "id", "p.id");

    // ---------------------------------------------------------------- reading

    @Transactional
    public ExpertViews.PanelView get(Actor actor, long panelId) {
        PanelStore.Panel p = store.find(panelId);
        if (!store.mayOpen(actor, p)) {
            throw PortalException.notFound();
        }
        return view(actor, panelId);
    }

    @Transactional
    public List<ExpertViews.PanelRow> ofEngagement(Actor actor, long engagementId) {
        workflow.visible(actor, engagementId);
        return rows(new SqlList("FROM expert_panel p JOIN engagement g ON g.id = p.engagement_id").where("p.engagement_id = ?", engagementId),
                null, PageQuery.of(0, PageQuery.MAX_SIZE, "id,desc")).content();
    }

    /** The bureau: every panel (filters status, engagementId); an expert: the panels it was drawn for. */
    @Transactional
    public PageResponse<ExpertViews.PanelRow> list(Actor actor, @Nullable String status, @Nullable Long engagementId, PageQuery page) {
        SqlList query = new SqlList("FROM expert_panel p JOIN engagement g ON g.id = p.engagement_id");
        if (status != null && !status.isBlank()) {
            if (!"OPEN".equals(status.strip()) && !"CLOSED".equals(status.strip())) {
                throw PortalException.invalid("status", "validation.invalid-value");
            }
            query.where("p.status = ?", status.strip());
        }
        query.whereIf(engagementId, "p.engagement_id = ?", engagementId);
        Long expertId = null;
        if (!actor.isBureau()) {
            expertId = actor.expertId();
            query.where("EXISTS (SELECT 1 FROM expert_panel_member m WHERE m.panel_id = p.id AND m.expert_id = ?)", expertId);
        }
        return rows(query, expertId, page);
    }

    private PageResponse<ExpertViews.PanelRow> rows(SqlList query, @Nullable Long expertId, PageQuery page) {
        SqlList.Page<ExpertViews.PanelRow> rows = query.page(sql.jdbc(), "SELECT p.id, p.engagement_id, g.title, p.purpose, p.size, "
                        + "p.specialty, p.status, p.created_at, (SELECT COUNT(*) FROM expert_opinion o WHERE o.panel_id = p.id) AS opinions, "
                        + (expertId == null ? "NULL" : "(SELECT m.status FROM expert_panel_member m WHERE m.panel_id = p.id AND m.expert_id = "
                        + expertId + ")") + " AS member_status",
                page, SORTS, "createdAt,desc", "p.id",
                rs -> new ExpertViews.PanelRow(rs.getLong("id"), rs.getLong("engagement_id"), rs.getString("title"), rs.getString("purpose"),
                        rs.getInt("size"), rs.getString("specialty"), rs.getString("status"), rs.getInt("opinions"),
                        rs.getString("member_status"), clock.toOffset(Sql.instant(rs, "created_at"))));
        return rows.response(rows.rows());
    }

    /** A plan or report file of the panel's engagement, for its members and the bureau. */
    @Transactional
    public WorkService.Download file(Actor actor, long panelId, long documentId) {
        PanelStore.Panel p = store.find(panelId);
        if (!store.mayOpen(actor, p)) {
            throw PortalException.notFound();
        }
        return engagements.reviewFile(p.engagementId(), documentId);
    }

    ExpertViews.PanelView view(Actor actor, long panelId) {
        PanelStore.Panel p = store.find(panelId);
        boolean bureau = actor.isBureau();
        EngagementFacts.Facts facts = engagements.facts(p.engagementId()).orElseThrow();
        List<PanelStore.Seat> seats = store.seats(panelId);
        Map<Long, ExpertService.Stored> experts = experts(seats.stream().map(PanelStore.Seat::expertId).toList());
        record Given(long expertId, Consolidation.Verdict verdict, String items, String comment, Instant at, Integer onTime,
                     Integer substantive) {
        }
        List<Given> opinions = sql.list("SELECT o.expert_id, o.verdict, o.items, o.comment, o.submitted_at, r.on_time, r.substantive "
                        + "FROM expert_opinion o LEFT JOIN expert_rating r ON r.panel_id = o.panel_id AND r.expert_id = o.expert_id "
                        + "WHERE o.panel_id = ? ORDER BY o.expert_id",
                rs -> new Given(rs.getLong(1), Consolidation.Verdict.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        Sql.instant(rs, "submitted_at"), (Integer) rs.getObject(6, Integer.class), (Integer) rs.getObject(7, Integer.class)),
                panelId);
        Set<Long> gave = new HashSet<>(opinions.stream().map(Given::expertId).toList());
        List<ExpertViews.Member> members = seats.stream().map(s -> {
            ExpertService.Stored x = experts.get(s.expertId());
            return new ExpertViews.Member(s.expertId(), x.name(), x.title(), x.employer(), s.status(), s.drawRound(), s.declineReason(),
                    gave.contains(s.expertId()));
        }).toList();
        List<ExpertViews.OpinionView> opinionViews = opinions.stream().filter(o -> bureau || actor.maySeeExpert(o.expertId()))
                .map(o -> new ExpertViews.OpinionView(o.expertId(), experts.get(o.expertId()).name(), o.verdict(),
                        json.read(o.items(), Argument.listOf(ExpertCommands.ItemPoints.class)), o.comment(), clock.toOffset(o.at()),
                        bureau ? o.onTime() : null, bureau ? o.substantive() : null)).toList();
        List<PanelStore.StoredDraw> draws = store.draws(panelId);
        List<ExpertViews.Excluded> excluded = null;
        List<ExpertViews.DrawRecord> drawRecords = null;
        if (bureau) {
            List<PanelDraw.Exclusion> first = json.read(draws.get(0).excluded(), Argument.listOf(PanelDraw.Exclusion.class));
            Map<Long, ExpertService.Stored> names = experts(first.stream().map(PanelDraw.Exclusion::expertId).toList());
            excluded = first.stream().map(x -> new ExpertViews.Excluded(x.expertId(),
                    names.containsKey(x.expertId()) ? names.get(x.expertId()).name() : null, x.reason(), x.detail())).toList();
            drawRecords = draws.stream().map(d -> new ExpertViews.DrawRecord(d.round(), d.seed(),
                    json.read(d.pool(), Argument.listOf(PanelDraw.Entry.class)),
                    json.read(d.excluded(), Argument.listOf(PanelDraw.Exclusion.class)),
                    json.read(d.drawn(), Argument.listOf(PanelDraw.Drawn.class)), d.replaces(), d.drawnBy(), clock.toOffset(d.drawnAt())))
                    .toList();
        }
        List<ExpertViews.FileView> files = engagements.reviewFiles(p.engagementId()).stream()
                .filter(f -> f.purpose().equals(p.purpose()))
                .map(f -> new ExpertViews.FileView(f.id(), f.purpose(), f.fileName(), f.sizeBytes(), f.sha256(), clock.toOffset(f.uploadedAt())))
                .toList();
        // who overrode and who formed the panel, as people are named (王业务, not staff): one lookup
        Map<String, String> shown = people.displayNames(java.util.Arrays.asList(p.overrideBy(), p.createdBy()));
        return new ExpertViews.PanelView(p.id(), p.engagementId(), facts.title(), facts.state(), p.purpose(), p.size(), p.specialty(),
                p.days(), p.status(), draws.get(0).seed(),
                seats.stream().filter(s -> "INVITED".equals(s.status())).map(PanelStore.Seat::expertId).toList(), members, excluded, opinionViews,
                bureau ? store.consolidated(panelId, seats) : null,
                rules.byId(checklistRules, p.checklistVersionId()).content().forPurpose(p.purpose()), p.checklistVersionId(),
                p.drawVersionId(), p.decision(), p.overrideReason(), shown.get(p.overrideBy()), shown.get(p.createdBy()), clock.toOffset(p.createdAt()),
                clock.toOffset(p.closedAt()), drawRecords, files);
    }

    private Map<Long, ExpertService.Stored> experts(List<Long> ids) {
        Map<Long, ExpertService.Stored> out = new HashMap<>();
        if (!ids.isEmpty()) {
            sql.list("SELECT * FROM expert WHERE id IN (" + Sql.placeholders(ids.size()) + ")", ExpertService.Stored::of,
                    ids.toArray()).forEach(s -> out.put(s.id(), s));
        }
        return out;
    }
}
