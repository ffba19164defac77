package gov.bureau.portal.experts;

import gov.bureau.portal.agency.AgencyDirectory;
import gov.bureau.portal.agency.PoolMember;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.JsonText;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.common.WeightedDraw;
import gov.bureau.portal.engagement.Engagement;
import gov.bureau.portal.engagement.EngagementFacts;
import gov.bureau.portal.engagement.EngagementWorkflow;
import gov.bureau.portal.engagement.ReviewPanels;
import gov.bureau.portal.engagement.WorkService;
import gov.bureau.portal.inbox.Inbox;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.rules.RuleVersion;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expert panels (DOMAIN.md §10): drawn for an engagement's plan or report round by {@link PanelDraw},
 * every draw recorded so that it re-runs; a decline is recorded and the seat redrawn without that
 * expert; members give opinions on the round's checklist; the review of the round closes the panel
 * ({@link ReviewPanels}) and its sittings become fees; the bureau rates each opinion afterwards.
 */
@Singleton
public class PanelService implements ReviewPanels {

    static final String ENTITY = "ExpertPanel";

    record Panel(long id, long engagementId, Long agencyId, String purpose, int size, String specialty, BigDecimal days,
                 String status, long drawVersionId, long checklistVersionId, String decision, String overrideReason,
                 String overrideBy, String createdBy, Instant createdAt, Instant closedAt) {

        static Panel of(ResultSet rs) throws SQLException {
            return new Panel(rs.getLong("id"), rs.getLong("engagement_id"), ExpertSql.longOrNull(rs, "agency_id"),
                    rs.getString("purpose"), rs.getInt("size"), rs.getString("specialty"), rs.getBigDecimal("days"),
                    rs.getString("status"), rs.getLong("draw_version_id"), rs.getLong("checklist_version_id"),
                    rs.getString("decision"), rs.getString("override_reason"), rs.getString("override_by"),
                    rs.getString("created_by"), ExpertSql.instant(rs, "created_at"), ExpertSql.instant(rs, "closed_at"));
        }
    }

    record Seat(long expertId, int drawRound, String status, String declineReason) {
    }

    record StoredDraw(int round, String seed, String pool, String excluded, String drawn, int count, Long replaces, String drawnBy,
                      Instant drawnAt) {
    }

    private static final Map<String, String> SORTS = Map.of("createdAt", "p.created_at", "id", "p.id");

    private final ExpertSql sql;
    private final EngagementWorkflow workflow;
    private final EngagementFacts engagements;
    private final AgencyDirectory agencies;
    private final RuleBook rules;
    private final PanelDrawRules drawRules;
    private final ChecklistRules checklistRules;
    private final FeeService fees;
    private final JsonText json;
    private final AuditLog audit;
    private final BureauClock clock;
    private final Inbox inbox;

    PanelService(ExpertSql sql, EngagementWorkflow workflow, EngagementFacts engagements, AgencyDirectory agencies, RuleBook rules,
                 PanelDrawRules drawRules, ChecklistRules checklistRules, FeeService fees, JsonText json, AuditLog audit,
                 BureauClock clock, Inbox inbox) {
        this.sql = sql;
        this.workflow = workflow;
        this.engagements = engagements;
        this.agencies = agencies;
        this.rules = rules;
        this.drawRules = drawRules;
        this.checklistRules = checklistRules;
        this.fees = fees;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
        this.inbox = inbox;
    }

    // ---------------------------------------------------------------- the draw

    @Transactional
    public ExpertViews.PanelView draw(Actor actor, long engagementId, ExpertCommands.PanelRequest request) {
        Engagement e = workflow.lock(actor, engagementId);
        RuleVersion<PanelDrawRules.Settings> settings = rules.current(drawRules);
        int size = request.size() == null ? settings.content().defaultSize() : request.size();
        BigDecimal days = request.days() == null ? settings.content().defaultDays() : request.days();
        List<FieldProblem> problems = new ArrayList<>();
        if (size % 2 == 0) {
            problems.add(new FieldProblem("size", "validation.panel-size"));
        }
        String specialty = request.specialty().strip();
        if (!Specialties.isKnown(specialty)) {
            problems.add(new FieldProblem("specialty", "validation.specialty-unknown"));
        }
        if (!Fees.isHalfDays(days)) {
            problems.add(new FieldProblem("days", "validation.half-days"));
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        if (e.getState().isFinal()) {
            throw PortalException.conflict("ENGAGEMENT_STATE", e.getState().name(), "-");
        }
        String purpose = request.purpose().name();
        if (sql.count("SELECT COUNT(*) FROM expert_panel WHERE engagement_id = ? AND purpose = ? AND status = 'OPEN'",
                engagementId, purpose) > 0) {
            throw PortalException.conflict("EXPERT_PANEL_OPEN");
        }
        PanelDraw.Outcome outcome = assess(e.getAgencyId(), engagementId, specialty, Set.of(), Set.of(), settings.content());
        if (outcome.pool().size() < size) {
            throw PortalException.invalid("size", "validation.panel-too-few", outcome.pool().size(), size);
        }
        String seed = WeightedDraw.newSeed();
        List<PanelDraw.Drawn> drawn = PanelDraw.run(outcome.pool(), seed, size);
        RuleVersion<ChecklistRules.Checklist> checklist = rules.current(checklistRules);
        Instant now = clock.now();
        long panelId = sql.insert("INSERT INTO expert_panel (engagement_id, agency_id, purpose, size, specialty, days, status, "
                        + "draw_version_id, checklist_version_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?)",
                engagementId, e.getAgencyId(), purpose, size, specialty, days, settings.id(), checklist.id(), actor.username(), now);
        recordDraw(actor, panelId, 1, seed, outcome, drawn, null, now, e.getTitle());
        audit.record(actor, "EXPERT_PANEL_DRAWN", ENTITY, panelId, Changes.create().set("engagementId", engagementId)
                .set("purpose", purpose).set("size", size).set("specialty", specialty).set("days", days).set("seed", seed)
                .set("members", drawn.stream().map(PanelDraw.Drawn::expertId).toList()).set("pool", outcome.pool().size())
                .set("excluded", outcome.excluded().size()).set("drawVersionId", settings.id()).toMap());
        return view(actor, panelId);
    }

    private void recordDraw(Actor actor, long panelId, int round, String seed, PanelDraw.Outcome outcome, List<PanelDraw.Drawn> drawn,
                            @Nullable Long replaces, Instant now, String engagementTitle) {
        sql.insert("INSERT INTO expert_panel_draw (panel_id, round, seed, pool, excluded, drawn, count, replaces, drawn_by, drawn_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", panelId, round, seed, json.write(outcome.pool()),
                json.write(outcome.excluded()), json.write(drawn), drawn.size(), replaces, actor.username(), now);
        for (PanelDraw.Drawn d : drawn) {
            sql.insert("INSERT INTO expert_panel_member (panel_id, expert_id, draw_round, status) VALUES (?, ?, ?, 'INVITED')",
                    panelId, d.expertId(), round);
            // the expert's accounts hear of the invitation in their inbox
            for (long userId : sql.list("SELECT id FROM app_user WHERE expert_id = ? AND enabled = TRUE ORDER BY id",
                    rs -> rs.getLong(1), d.expertId())) {
                inbox.notifyUser(userId, "inbox.experts.invited", List.of(engagementTitle), null,
                        "/expert-panels/" + panelId);
            }
        }
    }

    /** Who may sit now: the experts with the specialty, less the exclusions, weighted by their ratings. */
    private PanelDraw.Outcome assess(@Nullable Long agencyId, long engagementId, String specialty, Set<Long> declined, Set<Long> members,
                                     PanelDrawRules.Settings settings) {
        EngagementFacts.Facts facts = engagements.facts(engagementId).orElseThrow(PortalException::notFound);
        String agencyName = null;
        Set<String> interest = Set.of();
        Map<Long, Integer> sittings = Map.of();
        if (agencyId != null) {
            PoolMember m = agencies.poolMember(agencyId).orElse(null);
            if (m != null) {
                agencyName = m.name();
                interest = m.interestUnits();
            } else {
                var summary = agencies.findAll(List.of(agencyId)).get(agencyId);
                agencyName = summary == null ? null : summary.name();
            }
            Map<Long, Integer> counts = new HashMap<>();
            LocalDate today = clock.today();
            sql.list("SELECT m.expert_id, COUNT(*) FROM expert_panel p JOIN expert_panel_member m ON m.panel_id = p.id "
                    + "WHERE p.agency_id = ? AND p.created_at >= ? AND m.status = 'INVITED' GROUP BY m.expert_id", rs -> {
                counts.put(rs.getLong(1), rs.getInt(2));
                return null;
            }, agencyId, clock.startOf(today.withDayOfYear(1)));
            sittings = counts;
        }
        Map<Long, Integer> withAgency = sittings;
        List<PanelDraw.Candidate> candidates = sql.list("SELECT e.id, e.status, e.employer, e.rating_count, e.rating_total "
                        + "FROM expert_specialty s JOIN expert e ON e.id = s.expert_id WHERE s.specialty = ? "
                        + "AND e.status IN ('ACTIVE', 'PAUSED', 'REMOVED')",
                rs -> new PanelDraw.Candidate(rs.getLong(1), ExpertStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), withAgency.getOrDefault(rs.getLong(1), 0)), specialty);
        List<String> units = new ArrayList<>(facts.unitNames());
        units.add(facts.commissioningUnit());
        return PanelDraw.assess(candidates, new PanelDraw.Context(agencyName, interest, units, declined, members), settings);
    }

    /** Re-runs every recorded draw of the panel from its stored pool and seed. */
    @Transactional
    public ExpertViews.Verification verify(Actor actor, long panelId) {
        Panel p = find(panelId);
        requireBureau(actor);
        List<StoredDraw> draws = draws(panelId);
        List<Long> recorded = new ArrayList<>();
        List<Long> again = new ArrayList<>();
        boolean reproduced = !draws.isEmpty();
        for (StoredDraw d : draws) {
            List<PanelDraw.Entry> pool = json.read(d.pool(), Argument.listOf(PanelDraw.Entry.class));
            List<PanelDraw.Drawn> stored = json.read(d.drawn(), Argument.listOf(PanelDraw.Drawn.class));
            List<PanelDraw.Drawn> rerun = PanelDraw.run(pool, d.seed(), d.count());
            stored.forEach(x -> recorded.add(x.expertId()));
            rerun.forEach(x -> again.add(x.expertId()));
            reproduced &= stored.equals(rerun);
        }
        // the seats recorded on the panel are those the draws produced
        Set<Long> seated = new HashSet<>(seats(p.id()).stream().map(Seat::expertId).toList());
        reproduced &= seated.equals(new HashSet<>(again));
        return new ExpertViews.Verification(reproduced, panelId, draws.size(), recorded, again);
    }

    // ---------------------------------------------------------------- declining and redrawing

    /** A member declines (itself, or the bureau on its behalf): recorded, and the seat redrawn without it. */
    @Transactional
    public ExpertViews.PanelView decline(Actor actor, long panelId, long expertId, ExpertCommands.Decline body) {
        Panel p = lock(panelId);
        if (!actor.maySeeExpert(expertId) || !mayOpen(actor, p)) {
            throw PortalException.notFound();
        }
        Seat seat = seats(panelId).stream().filter(s -> s.expertId() == expertId).findFirst().orElseThrow(PortalException::notFound);
        if (!"OPEN".equals(p.status())) {
            throw PortalException.conflict("EXPERT_PANEL_CLOSED");
        }
        if (!"INVITED".equals(seat.status())) {
            throw PortalException.conflict("EXPERT_ALREADY_DECLINED");
        }
        if (sql.count("SELECT COUNT(*) FROM expert_opinion WHERE panel_id = ? AND expert_id = ?", panelId, expertId) > 0) {
            throw PortalException.conflict("EXPERT_OPINION_GIVEN");
        }
        String reason = body.reason().strip();
        Instant now = clock.now();
        sql.update("UPDATE expert_panel_member SET status = 'DECLINED', decline_reason = ?, declined_by = ?, declined_at = ? "
                + "WHERE panel_id = ? AND expert_id = ?", reason, actor.username(), now, panelId, expertId);
        List<Seat> seats = seats(panelId);
        Set<Long> declined = new HashSet<>();
        Set<Long> members = new HashSet<>();
        seats.forEach(s -> ("DECLINED".equals(s.status()) ? declined : members).add(s.expertId()));
        PanelDraw.Outcome outcome = assess(p.agencyId(), p.engagementId(), p.specialty(), declined, members,
                rules.byId(drawRules, p.drawVersionId()).content());
        Long replacement = null;
        if (!outcome.pool().isEmpty()) {
            int round = draws(panelId).size() + 1;
            String seed = WeightedDraw.newSeed();
            List<PanelDraw.Drawn> drawn = PanelDraw.run(outcome.pool(), seed, 1);
            recordDraw(actor, panelId, round, seed, outcome, drawn, expertId, now,
                    engagements.facts(p.engagementId()).map(EngagementFacts.Facts::title).orElse(""));
            replacement = drawn.get(0).expertId();
        }
        audit.record(actor, "EXPERT_PANEL_DECLINED", ENTITY, panelId, Changes.create().set("expertId", expertId)
                .set("replacement", replacement).set("pool", outcome.pool().size()).toMap(), reason);
        return view(actor, panelId);
    }

    // ---------------------------------------------------------------- opinions

    @Transactional
    public ExpertViews.PanelView opinion(Actor actor, long panelId, ExpertCommands.Opinion body) {
        Panel p = lock(panelId);
        if (!mayOpen(actor, p)) {
            throw PortalException.notFound();
        }
        long expertId = actor.expertId();
        Seat seat = seats(panelId).stream().filter(s -> s.expertId() == expertId).findFirst().orElseThrow(PortalException::notFound);
        if (!"OPEN".equals(p.status())) {
            throw PortalException.conflict("EXPERT_PANEL_CLOSED");
        }
        if (!"INVITED".equals(seat.status())) {
            throw PortalException.conflict("EXPERT_ALREADY_DECLINED");
        }
        if (sql.count("SELECT COUNT(*) FROM expert_opinion WHERE panel_id = ? AND expert_id = ?", panelId, expertId) > 0) {
            throw PortalException.conflict("EXPERT_OPINION_GIVEN");
        }
        List<ChecklistRules.Item> checklist = rules.byId(checklistRules, p.checklistVersionId()).content().forPurpose(p.purpose());
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, ExpertCommands.ItemPoints> given = new HashMap<>();
        for (int i = 0; i < body.items().size(); i++) {
            ExpertCommands.ItemPoints item = body.items().get(i);
            ChecklistRules.Item known = checklist.stream().filter(c -> c.id().equals(item.itemId())).findFirst().orElse(null);
            if (known == null || given.containsKey(item.itemId())) {
                problems.add(new FieldProblem("items[" + i + "].itemId", "validation.checklist-item-unknown"));
            } else if (item.points().signum() < 0 || item.points().compareTo(BigDecimal.valueOf(known.maxPoints())) > 0
                    || item.points().stripTrailingZeros().scale() > 1) {
                problems.add(new FieldProblem("items[" + i + "].points", "validation.points-range", known.maxPoints()));
            } else {
                given.put(item.itemId(), item);
            }
        }
        for (ChecklistRules.Item c : checklist) {
            if (!given.containsKey(c.id()) && problems.isEmpty()) {
                problems.add(new FieldProblem("items", "validation.checklist-item-missing", c.name()));
            }
        }
        String comment = ExpertService.blankToNull(body.comment());
        if (body.verdict() != Consolidation.Verdict.PASS && comment == null) {
            problems.add(new FieldProblem("comment", "validation.opinion-comment-required"));
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        List<ExpertCommands.ItemPoints> ordered = checklist.stream().map(c -> given.get(c.id()))
                .map(i -> new ExpertCommands.ItemPoints(i.itemId(), i.points().setScale(1, java.math.RoundingMode.UNNECESSARY))).toList();
        sql.insert("INSERT INTO expert_opinion (panel_id, expert_id, verdict, items, comment, checklist_version_id, submitted_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", panelId, expertId, body.verdict(), json.write(ordered), comment,
                p.checklistVersionId(), clock.now());
        audit.record(actor, "EXPERT_OPINION_GIVEN", ENTITY, panelId, Changes.create().set("expertId", expertId)
                .set("verdict", body.verdict()).toMap(), comment);
        return view(actor, panelId);
    }

    /** STAFF rates a member's opinion after the round (on time, substantive; 1–5 each); the ratings weigh the next draws. */
    @Transactional
    public ExpertViews.PanelView rate(Actor actor, long panelId, ExpertCommands.Rating body) {
        Panel p = find(panelId);
        if (!"CLOSED".equals(p.status())) {
            throw PortalException.conflict("EXPERT_PANEL_OPEN");
        }
        long expertId = body.expertId();
        if (sql.count("SELECT COUNT(*) FROM expert_opinion WHERE panel_id = ? AND expert_id = ?", panelId, expertId) == 0) {
            throw PortalException.invalid("expertId", "validation.expert-no-opinion");
        }
        sql.one("SELECT id FROM expert WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), expertId).orElseThrow(PortalException::notFound);
        if (sql.count("SELECT COUNT(*) FROM expert_rating WHERE panel_id = ? AND expert_id = ?", panelId, expertId) > 0) {
            throw PortalException.conflict("EXPERT_ALREADY_RATED");
        }
        String comment = ExpertService.blankToNull(body.comment());
        sql.update("INSERT INTO expert_rating (panel_id, expert_id, on_time, substantive, comment, rated_by, rated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", panelId, expertId, body.onTime(), body.substantive(), comment, actor.username(), clock.now());
        sql.update("UPDATE expert SET rating_count = rating_count + 1, rating_total = rating_total + ? WHERE id = ?",
                body.onTime() + body.substantive(), expertId);
        audit.record(actor, "EXPERT_RATED", ExpertService.ENTITY, expertId, Changes.create().set("panelId", panelId)
                .set("onTime", body.onTime()).set("substantive", body.substantive()).toMap(), comment);
        return view(actor, panelId);
    }

    // ---------------------------------------------------------------- the review round (port for engagement)

    @Override
    public boolean beforeDecision(Actor actor, long engagementId, String purpose, boolean approve, @Nullable String overrideReason) {
        Panel p = openPanel(engagementId, purpose);
        if (p == null || !approve || !"REPORT".equals(purpose)) {
            return false;
        }
        Consolidation.Consolidated c = consolidated(p.id(), seats(p.id()));
        if (c.verdict() != Consolidation.Verdict.FAIL) {
            return false;
        }
        String reason = ExpertService.blankToNull(overrideReason);
        if (!actor.has(Role.ADMIN)) {
            throw PortalException.invalid("overrideReason", "validation.panel-failed-admin-only");
        }
        if (reason == null) {
            throw PortalException.invalid("overrideReason", "validation.panel-failed-reason-required");
        }
        sql.update("UPDATE expert_panel SET override_reason = ?, override_by = ? WHERE id = ?", reason, actor.username(), p.id());
        return true;
    }

    @Override
    public void afterDecision(Actor actor, long engagementId, String purpose, boolean approve) {
        Panel p = openPanel(engagementId, purpose);
        if (p == null) {
            return;
        }
        sql.update("UPDATE expert_panel SET status = 'CLOSED', decision = ?, closed_by = ?, closed_at = ?, version = version + 1 "
                + "WHERE id = ? AND status = 'OPEN'", approve ? "APPROVE" : "RETURN", actor.username(), clock.now(), p.id());
        fees.sittingsClosed(p.id(), p.days());
    }

    /**
     * The round's open panel, locked by its primary key (the caller holds the engagement's lock, so no
     * other review of the round runs; no locking read scans the non-unique index).
     */
    private @Nullable Panel openPanel(long engagementId, String purpose) {
        Long id = sql.one("SELECT id FROM expert_panel WHERE engagement_id = ? AND purpose = ? AND status = 'OPEN' ORDER BY id DESC "
                + "LIMIT 1", rs -> rs.getLong(1), engagementId, purpose).orElse(null);
        if (id == null) {
            return null;
        }
        Panel p = lock(id);
        return "OPEN".equals(p.status()) ? p : null;
    }

    // ---------------------------------------------------------------- reading

    @Transactional
    public ExpertViews.PanelView get(Actor actor, long panelId) {
        Panel p = find(panelId);
        if (!mayOpen(actor, p)) {
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
                        rs.getString("member_status"), clock.toOffset(ExpertSql.instant(rs, "created_at"))));
        return rows.response(rows.rows());
    }

    /** A plan or report file of the panel's engagement, for its members and the bureau. */
    @Transactional
    public WorkService.Download file(Actor actor, long panelId, long documentId) {
        Panel p = find(panelId);
        if (!mayOpen(actor, p)) {
            throw PortalException.notFound();
        }
        return engagements.reviewFile(p.engagementId(), documentId);
    }

    private ExpertViews.PanelView view(Actor actor, long panelId) {
        Panel p = find(panelId);
        boolean bureau = actor.isBureau();
        EngagementFacts.Facts facts = engagements.facts(p.engagementId()).orElseThrow();
        List<Seat> seats = seats(panelId);
        Map<Long, ExpertService.Stored> experts = experts(seats.stream().map(Seat::expertId).toList());
        record Given(long expertId, Consolidation.Verdict verdict, String items, String comment, Instant at, Integer onTime,
                     Integer substantive) {
        }
        List<Given> opinions = sql.list("SELECT o.expert_id, o.verdict, o.items, o.comment, o.submitted_at, r.on_time, r.substantive "
                        + "FROM expert_opinion o LEFT JOIN expert_rating r ON r.panel_id = o.panel_id AND r.expert_id = o.expert_id "
                        + "WHERE o.panel_id = ? ORDER BY o.expert_id",
                rs -> new Given(rs.getLong(1), Consolidation.Verdict.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        ExpertSql.instant(rs, "submitted_at"), (Integer) rs.getObject(6, Integer.class), (Integer) rs.getObject(7, Integer.class)),
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
        List<StoredDraw> draws = draws(panelId);
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
        return new ExpertViews.PanelView(p.id(), p.engagementId(), facts.title(), facts.state(), p.purpose(), p.size(), p.specialty(),
                p.days(), p.status(), draws.get(0).seed(),
                seats.stream().filter(s -> "INVITED".equals(s.status())).map(Seat::expertId).toList(), members, excluded, opinionViews,
                bureau ? consolidated(panelId, seats) : null,
                rules.byId(checklistRules, p.checklistVersionId()).content().forPurpose(p.purpose()), p.checklistVersionId(),
                p.drawVersionId(), p.decision(), p.overrideReason(), p.overrideBy(), p.createdBy(), clock.toOffset(p.createdAt()),
                clock.toOffset(p.closedAt()), drawRecords, files);
    }

    private Consolidation.Consolidated consolidated(long panelId, List<Seat> seats) {
        List<Consolidation.Verdict> verdicts = sql.list("SELECT o.verdict FROM expert_opinion o JOIN expert_panel_member m "
                        + "ON m.panel_id = o.panel_id AND m.expert_id = o.expert_id WHERE o.panel_id = ? AND m.status = 'INVITED'",
                rs -> Consolidation.Verdict.valueOf(rs.getString(1)), panelId);
        int sitting = (int) seats.stream().filter(s -> "INVITED".equals(s.status())).count();
        return Consolidation.of(verdicts, sitting);
    }

    private Map<Long, ExpertService.Stored> experts(List<Long> ids) {
        Map<Long, ExpertService.Stored> out = new HashMap<>();
        if (!ids.isEmpty()) {
            sql.list("SELECT * FROM expert WHERE id IN (" + ExpertSql.placeholders(ids.size()) + ")", ExpertService.Stored::of,
                    ids.toArray()).forEach(s -> out.put(s.id(), s));
        }
        return out;
    }

    /** The bureau opens every panel; an expert only those it was drawn for. */
    private boolean mayOpen(Actor actor, Panel p) {
        if (actor.isBureau()) {
            return true;
        }
        return actor.isExpert() && actor.expertId() != null && sql.count("SELECT COUNT(*) FROM expert_panel_member WHERE panel_id = ? "
                + "AND expert_id = ?", p.id(), actor.expertId()) > 0;
    }

    private static void requireBureau(Actor actor) {
        if (!actor.isBureau()) {
            throw PortalException.notFound();
        }
    }

    private Panel find(long id) {
        return sql.one("SELECT * FROM expert_panel WHERE id = ?", Panel::of, id).orElseThrow(PortalException::notFound);
    }

    private Panel lock(long id) {
        return sql.one("SELECT * FROM expert_panel WHERE id = ? FOR UPDATE", Panel::of, id).orElseThrow(PortalException::notFound);
    }

    private List<Seat> seats(long panelId) {
        return sql.list("SELECT expert_id, draw_round, status, decline_reason FROM expert_panel_member WHERE panel_id = ? "
                + "ORDER BY draw_round, id", rs -> new Seat(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)), panelId);
    }

    private List<StoredDraw> draws(long panelId) {
        return sql.list("SELECT * FROM expert_panel_draw WHERE panel_id = ? ORDER BY round", rs -> new StoredDraw(rs.getInt("round"),
                rs.getString("seed"), rs.getString("pool"), rs.getString("excluded"), rs.getString("drawn"), rs.getInt("count"),
                ExpertSql.longOrNull(rs, "replaces"), rs.getString("drawn_by"), ExpertSql.instant(rs, "drawn_at")), panelId);
    }
}
