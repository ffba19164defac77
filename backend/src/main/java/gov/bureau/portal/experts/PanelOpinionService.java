package gov.bureau.portal.experts;

import gov.bureau.portal.common.Sql;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.JsonText;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.security.Actor;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The members' opinions on the round's checklist, and the bureau's rating of each opinion after the round. */
@Singleton
public class PanelOpinionService {

    private final PanelStore store;
    private final PanelQueries queries;
    private final Sql sql;
    private final RuleBook rules;
    private final ChecklistRules checklistRules;
    private final JsonText json;
    private final AuditLog audit;
    private final BureauClock clock;

    PanelOpinionService(PanelStore store, PanelQueries queries, Sql sql, RuleBook rules, ChecklistRules checklistRules,
                        JsonText json, AuditLog audit, BureauClock clock) {
        this.store = store;
        this.queries = queries;
        this.sql = sql;
        this.rules = rules;
        this.checklistRules = checklistRules;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- opinions

    @Transactional
    public ExpertViews.PanelView opinion(Actor actor, long panelId, ExpertCommands.Opinion body) {
        PanelStore.Panel p = store.lock(panelId);
        if (!store.mayOpen(actor, p)) {
            throw PortalException.notFound();
        }
        long expertId = actor.expertId();
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
        audit.record(actor, "EXPERT_OPINION_GIVEN", PanelStore.ENTITY, panelId, Changes.create().set("expertId", expertId)
                .set("verdict", body.verdict()).toMap(), comment);
        return queries.view(actor, panelId);
    }

    /** STAFF rates a member's opinion after the round (on time, substantive; 1–5 each); the ratings weigh the next draws. */
    @Transactional
    public ExpertViews.PanelView rate(Actor actor, long panelId, ExpertCommands.Rating body) {
        PanelStore.Panel p = store.find(panelId);
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
        return queries.view(actor, panelId);
    }
}
