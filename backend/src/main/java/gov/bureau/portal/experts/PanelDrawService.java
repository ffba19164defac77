package gov.bureau.portal.experts;

import gov.bureau.portal.common.Sql;
import gov.bureau.portal.agency.AgencyDirectory;
import gov.bureau.portal.agency.PoolMember;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.JsonText;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.WeightedDraw;
import gov.bureau.portal.engagement.Engagement;
import gov.bureau.portal.engagement.EngagementFacts;
import gov.bureau.portal.engagement.EngagementWorkflow;
import gov.bureau.portal.inbox.Inbox;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.rules.RuleVersion;
import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drawing an expert panel (DOMAIN.md §10) for an engagement's plan or report round by {@link PanelDraw}, every
 * draw recorded so that it re-runs ({@link #verify}); a decline is recorded and the seat redrawn without that expert.
 */
@Singleton
public class PanelDrawService {

    private final PanelStore store;
    private final PanelQueries queries;
    private final Sql sql;
    private final EngagementWorkflow workflow;
    private final EngagementFacts engagements;
    private final AgencyDirectory agencies;
    private final RuleBook rules;
    private final PanelDrawRules drawRules;
    private final ChecklistRules checklistRules;
    private final JsonText json;
    private final AuditLog audit;
    private final BureauClock clock;
    private final Inbox inbox;

    PanelDrawService(PanelStore store, PanelQueries queries, Sql sql, EngagementWorkflow workflow,
                     EngagementFacts engagements, AgencyDirectory agencies, RuleBook rules, PanelDrawRules drawRules,
                     ChecklistRules checklistRules, JsonText json, AuditLog audit, BureauClock clock, Inbox inbox) {
        this.store = store;
        this.queries = queries;
        this.sql = sql;
        this.workflow = workflow;
        this.engagements = engagements;
        this.agencies = agencies;
        this.rules = rules;
        this.drawRules = drawRules;
        this.checklistRules = checklistRules;
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
        audit.record(actor, "EXPERT_PANEL_DRAWN", PanelStore.ENTITY, panelId, Changes.create().set("engagementId", engagementId)
                .set("purpose", purpose).set("size", size).set("specialty", specialty).set("days", days).set("seed", seed)
                .set("members", drawn.stream().map(PanelDraw.Drawn::expertId).toList()).set("pool", outcome.pool().size())
                .set("excluded", outcome.excluded().size()).set("drawVersionId", settings.id()).toMap());
        return queries.view(actor, panelId);
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
        PanelStore.Panel p = store.find(panelId);
        PanelStore.requireBureau(actor);
        List<PanelStore.StoredDraw> draws = store.draws(panelId);
        List<Long> recorded = new ArrayList<>();
        List<Long> again = new ArrayList<>();
        boolean reproduced = !draws.isEmpty();
        for (PanelStore.StoredDraw d : draws) {
            List<PanelDraw.Entry> pool = json.read(d.pool(), Argument.listOf(PanelDraw.Entry.class));
            List<PanelDraw.Drawn> stored = json.read(d.drawn(), Argument.listOf(PanelDraw.Drawn.class));
            List<PanelDraw.Drawn> rerun = PanelDraw.run(pool, d.seed(), d.count());
            stored.forEach(x -> recorded.add(x.expertId()));
            rerun.forEach(x -> again.add(x.expertId()));
            reproduced &= stored.equals(rerun);
        }
        // the seats recorded on the panel are those the draws produced
        Set<Long> seated = new HashSet<>(store.seats(p.id()).stream().map(PanelStore.Seat::expertId).toList());
        reproduced &= seated.equals(new HashSet<>(again));
        return new ExpertViews.Verification(reproduced, panelId, draws.size(), recorded, again);
    }

    // ---------------------------------------------------------------- declining and redrawing

    /** A member declines (itself, or the bureau on its behalf): recorded, and the seat redrawn without it. */
    @Transactional
    public ExpertViews.PanelView decline(Actor actor, long panelId, long expertId, ExpertCommands.Decline body) {
        PanelStore.Panel p = store.lock(panelId);
        if (!actor.maySeeExpert(expertId) || !store.mayOpen(actor, p)) {
            throw PortalException.notFound();
        }
        PanelStore.Seat seat = store.seats(panelId).stream().filter(s -> s.expertId() == expertId).findFirst().orElseThrow(PortalException::notFound);
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
        List<PanelStore.Seat> seats = store.seats(panelId);
        Set<Long> declined = new HashSet<>();
        Set<Long> members = new HashSet<>();
        seats.forEach(s -> ("DECLINED".equals(s.status()) ? declined : members).add(s.expertId()));
        PanelDraw.Outcome outcome = assess(p.agencyId(), p.engagementId(), p.specialty(), declined, members,
                rules.byId(drawRules, p.drawVersionId()).content());
        Long replacement = null;
        if (!outcome.pool().isEmpty()) {
            int round = store.draws(panelId).size() + 1;
            String seed = WeightedDraw.newSeed();
            List<PanelDraw.Drawn> drawn = PanelDraw.run(outcome.pool(), seed, 1);
            recordDraw(actor, panelId, round, seed, outcome, drawn, expertId, now,
                    engagements.facts(p.engagementId()).map(EngagementFacts.Facts::title).orElse(""));
            replacement = drawn.get(0).expertId();
        }
        audit.record(actor, "EXPERT_PANEL_DECLINED", PanelStore.ENTITY, panelId, Changes.create().set("expertId", expertId)
                .set("replacement", replacement).set("pool", outcome.pool().size()).toMap(), reason);
        return queries.view(actor, panelId);
    }
}
