package gov.bureau.portal.results;

import gov.bureau.portal.common.Sql;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.JsonText;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.inbox.Inbox;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.rules.RuleVersion;
import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of each evaluated unit/project of an engagement whose report is approved (DOMAIN.md §9):
 * recorded by the bureau with the conclusion from the result bands in force, revised with a reason after
 * the feedback letter, every version kept; and the letter, which creates one rectification task per finding.
 */
@Singleton
public class ResultsService {

    static final String ENTITY = "EvaluationResult";
    /** The engagement states in which its report is approved (DOMAIN.md §4). */
    static final Set<String> REPORT_APPROVED = Set.of("REPORT_APPROVED", "ACCEPTED", "SETTLED", "CLOSED");

    private final Sql db;
    private final RuleBook rules;
    private final ResultBandRules bands;
    private final ApplicationRules application;
    private final RectificationRules rectification;
    private final AuditLog audit;
    private final Inbox inbox;
    private final JsonText json;
    private final BureauClock clock;

    ResultsService(Sql db, RuleBook rules, ResultBandRules bands, ApplicationRules application, RectificationRules rectification,
                   AuditLog audit, Inbox inbox, JsonText json, BureauClock clock) {
        this.db = db;
        this.rules = rules;
        this.bands = bands;
        this.application = application;
        this.rectification = rectification;
        this.audit = audit;
        this.inbox = inbox;
        this.json = json;
        this.clock = clock;
    }

    record EngagementFacts(long id, String title, String state, @Nullable Long agencyId) {
        boolean reportApproved() {
            return REPORT_APPROVED.contains(state);
        }
    }

    EngagementFacts engagement(long id, boolean lock) {
        return db.one("SELECT id, title, state, agency_id FROM engagement WHERE id = ?" + (lock ? " FOR UPDATE" : ""),
                rs -> new EngagementFacts(rs.getLong(1), rs.getString(2), rs.getString(3), Sql.longOrNull(rs, "agency_id")), id)
                .orElseThrow(PortalException::notFound);
    }

    private static final String ENTRY_SELECT = "SELECT u.id, u.engagement_id, u.budget_unit_id, u.unit_name, u.project_name, u.funds, "
            + "r.score, r.conclusion, r.recommendations, r.revision, r.bands_version_id, l.id AS letter_id, l.deadline AS letter_deadline "
            + "FROM engagement_unit u LEFT JOIN evaluation_result r ON r.evaluated_unit_id = u.id "
            + "LEFT JOIN feedback_letter l ON l.evaluated_unit_id = u.id ";

    /** The engagement's evaluated units with their results; a UNIT sees its own units' entries, and none is 404. */
    @Transactional
    public List<ResultsViews.ResultEntry> entries(Actor actor, long engagementId) {
        EngagementFacts e = engagement(engagementId, false);
        List<ResultsViews.ResultEntry> all = db.list(ENTRY_SELECT + "WHERE u.engagement_id = ? ORDER BY u.position",
                rs -> entry(rs, e), engagementId);
        List<ResultsViews.ResultEntry> visible = all.stream()
                .filter(en -> actor.isBureau() || (en.budgetUnitId() != null && actor.maySeeUnit(en.budgetUnitId()))).toList();
        if (!actor.isBureau() && visible.isEmpty()) {
            throw PortalException.notFound();
        }
        return visible.stream().map(this::withFindings).toList();
    }

    ResultsViews.ResultEntry entry(long engagementId, long evaluatedUnitId) {
        EngagementFacts e = engagement(engagementId, false);
        return db.one(ENTRY_SELECT + "WHERE u.engagement_id = ? AND u.id = ?", rs -> entry(rs, e), engagementId, evaluatedUnitId)
                .map(this::withFindings).orElseThrow(PortalException::notFound);
    }

    private ResultsViews.ResultEntry entry(ResultSet rs, EngagementFacts e) throws SQLException {
        String conclusion = rs.getString("conclusion");
        return new ResultsViews.ResultEntry(rs.getLong("id"), rs.getLong("engagement_id"), Sql.longOrNull(rs, "budget_unit_id"),
                rs.getString("unit_name"), rs.getString("project_name"), rs.getBigDecimal("funds"), rs.getBigDecimal("score"),
                conclusion == null ? null : Conclusion.valueOf(conclusion), List.of(), rs.getString("recommendations"),
                Sql.longOrNull(rs, "letter_id"), rs.getObject("letter_deadline", LocalDate.class), Sql.intOrNull(rs, "revision"),
                Sql.longOrNull(rs, "bands_version_id"), e.reportApproved());
    }

    private ResultsViews.ResultEntry withFindings(ResultsViews.ResultEntry en) {
        if (en.score() == null) {
            return en;
        }
        return new ResultsViews.ResultEntry(en.evaluatedUnitId(), en.engagementId(), en.budgetUnitId(), en.unitName(), en.projectName(),
                en.funds(), en.score(), en.conclusion(), findings(en.evaluatedUnitId()), en.recommendations(), en.letterId(),
                en.letterDeadline(), en.revision(), en.bandsVersionId(), en.mayRecord());
    }

    List<ResultsViews.FindingView> findings(long evaluatedUnitId) {
        return db.list("SELECT id, text, category FROM result_finding WHERE evaluated_unit_id = ? ORDER BY position",
                rs -> new ResultsViews.FindingView(rs.getLong(1), rs.getString(2), FindingCategory.valueOf(rs.getString(3))),
                evaluatedUnitId);
    }

    @Transactional
    public List<ResultsViews.Revision> revisions(long engagementId, long evaluatedUnitId) {
        entry(engagementId, evaluatedUnitId);
        return db.list("SELECT revision, content, reason, changed_by, changed_at FROM result_revision WHERE evaluated_unit_id = ? "
                + "ORDER BY revision", rs -> new ResultsViews.Revision(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                clock.toOffset(rs.getTimestamp(5).toInstant())), evaluatedUnitId);
    }

    /**
     * Records or revises the result. Allowed once the report is approved (409 otherwise). After the letter
     * the findings stay as the letter gave them (each has its task) and a change needs a reason.
     */
    @Transactional
    public ResultsViews.ResultEntry record(Actor actor, long engagementId, long evaluatedUnitId, ResultsCommands.ResultForm form) {
        EngagementFacts e = engagement(engagementId, true);
        ResultsViews.ResultEntry before = entry(engagementId, evaluatedUnitId);
        if (!e.reportApproved()) {
            throw PortalException.conflict("REPORT_NOT_APPROVED");
        }
        boolean issued = before.letterId() != null;
        String reason = BudgetUnits.blankToNull(form.reason());
        List<ResultsCommands.FindingForm> findings = form.findings().stream()
                .map(f -> new ResultsCommands.FindingForm(f.text().trim(), f.category())).toList();
        if (issued) {
            List<FieldProblem> problems = new ArrayList<>();
            if (reason == null) {
                problems.add(new FieldProblem("reason", "validation.result-reason-after-letter"));
            }
            List<ResultsCommands.FindingForm> kept = before.findings().stream()
                    .map(f -> new ResultsCommands.FindingForm(f.text(), f.category())).toList();
            if (!kept.equals(findings)) {
                problems.add(new FieldProblem("findings", "validation.result-findings-after-letter"));
            }
            if (!problems.isEmpty()) {
                throw PortalException.invalid(problems);
            }
        }
        BigDecimal score = form.score().setScale(2, java.math.RoundingMode.UNNECESSARY);
        RuleVersion<ResultBandRules.Bands> bandTable = rules.current(bands);
        RuleVersion<ApplicationRules.Table> appTable = rules.current(application);
        Conclusion conclusion = bandTable.content().conclusionOf(score);
        ApplicationRules.Suggestion suggestion = appTable.content().suggest(conclusion, before.funds());
        String recommendations = BudgetUnits.blankToNull(form.recommendations());
        Instant now = clock.now();
        int revision = before.revision() == null ? 1 : before.revision() + 1;
        if (before.score() == null) {
            db.update("INSERT INTO evaluation_result (evaluated_unit_id, engagement_id, budget_unit_id, result_year, score, conclusion, "
                    + "bands_version_id, recommendations, revision, funds, suggested_action, suggested_min, suggested_max, "
                    + "application_version_id, recorded_by, recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    evaluatedUnitId, engagementId, before.budgetUnitId(), clock.today().getYear(), score, conclusion, bandTable.id(),
                    recommendations, revision, before.funds(), suggestion.action(), suggestion.min(), suggestion.max(), appTable.id(),
                    actor.username(), now, now);
        } else {
            db.update("UPDATE evaluation_result SET score = ?, conclusion = ?, bands_version_id = ?, recommendations = ?, revision = ?, "
                    + "suggested_action = ?, suggested_min = ?, suggested_max = ?, application_version_id = ?, updated_at = ? "
                    + "WHERE evaluated_unit_id = ?", score, conclusion, bandTable.id(), recommendations, revision, suggestion.action(),
                    suggestion.min(), suggestion.max(), appTable.id(), now, evaluatedUnitId);
        }
        if (!issued) {
            db.update("DELETE FROM result_finding WHERE evaluated_unit_id = ?", evaluatedUnitId);
            for (int i = 0; i < findings.size(); i++) {
                db.insert("INSERT INTO result_finding (evaluated_unit_id, position, text, category) VALUES (?, ?, ?, ?)",
                        evaluatedUnitId, i, findings.get(i).text(), findings.get(i).category());
            }
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("score", score.toPlainString());
        content.put("conclusion", conclusion.name());
        content.put("bandsVersionId", bandTable.id());
        content.put("findings", findings.stream().map(f -> Map.of("text", f.text(), "category", f.category().name())).toList());
        content.put("recommendations", recommendations);
        db.insert("INSERT INTO result_revision (evaluated_unit_id, revision, content, reason, changed_by, changed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", evaluatedUnitId, revision, json.write(content), reason, actor.username(), now);
        Changes changes = Changes.create().set("engagementId", engagementId).set("revision", revision)
                .diff("score", before.score(), score).diff("conclusion", before.conclusion(), conclusion)
                .diff("recommendations", before.recommendations(), recommendations)
                .set("findings", findings.size()).set("letterIssued", issued);
        audit.record(actor, before.score() == null ? "RESULT_RECORDED" : "RESULT_REVISED", ENTITY, evaluatedUnitId, changes.toMap(), reason);
        return entry(engagementId, evaluatedUnitId);
    }

    /** Issues the feedback letter: one per evaluated unit, which must be a registered budget unit; one task per finding. */
    @Transactional
    public ResultsCommands.LetterIssued issueLetter(Actor actor, long engagementId, long evaluatedUnitId) {
        EngagementFacts e = engagement(engagementId, true);
        ResultsViews.ResultEntry en = entry(engagementId, evaluatedUnitId);
        if (en.score() == null) {
            throw PortalException.conflict("RESULT_MISSING");
        }
        if (en.letterId() != null) {
            throw PortalException.conflict("LETTER_ISSUED");
        }
        if (en.budgetUnitId() == null) {
            throw PortalException.invalid("budgetUnitId", "validation.result-unit-not-linked");
        }
        RuleVersion<RectificationRules.Terms> terms = rules.current(rectification);
        LocalDate today = clock.today();
        LocalDate deadline = terms.content().deadlineFrom(today);
        Instant now = clock.now();
        long letterId = db.insert("INSERT INTO feedback_letter (evaluated_unit_id, engagement_id, budget_unit_id, issued_on, deadline, "
                + "rules_version_id, issued_by, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", evaluatedUnitId, engagementId,
                en.budgetUnitId(), today, deadline, terms.id(), actor.username(), now);
        List<Long> taskIds = new ArrayList<>();
        for (ResultsViews.FindingView f : en.findings()) {
            taskIds.add(db.insert("INSERT INTO rectification_task (letter_id, budget_unit_id, finding_id, finding_text, category, "
                    + "deadline, status, version) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', 0)", letterId, en.budgetUnitId(), f.id(), f.text(),
                    f.category(), deadline));
        }
        inbox.notifyUnit(en.budgetUnitId(), "inbox.results.letter-issued", List.of(e.title(), deadline.toString()), null,
                "/unit");
        audit.record(actor, "FEEDBACK_LETTER_ISSUED", "FeedbackLetter", letterId, Changes.create().set("engagementId", engagementId)
                .set("evaluatedUnitId", evaluatedUnitId).set("budgetUnitId", en.budgetUnitId()).set("deadline", deadline)
                .set("tasks", taskIds.size()).set("conclusion", en.conclusion()).toMap());
        return new ResultsCommands.LetterIssued(letterId, taskIds);
    }

    /** A letter the actor may see (the bureau, or its unit); others 404. */
    @Transactional
    public ResultsViews.LetterView letter(Actor actor, long letterId) {
        ResultsViews.LetterView l = db.one("SELECT l.id, l.evaluated_unit_id, l.engagement_id, e.title, l.budget_unit_id, b.name, "
                + "u.project_name, l.issued_on, l.deadline, r.score, r.conclusion, "
                + "(SELECT COUNT(*) FROM rectification_task t WHERE t.letter_id = l.id) AS tasks, "
                + "(SELECT COUNT(*) FROM rectification_task t WHERE t.letter_id = l.id AND t.status = 'ACCEPTED') AS accepted "
                + "FROM feedback_letter l JOIN engagement e ON e.id = l.engagement_id JOIN budget_unit b ON b.id = l.budget_unit_id "
                + "JOIN engagement_unit u ON u.id = l.evaluated_unit_id JOIN evaluation_result r ON r.evaluated_unit_id = l.evaluated_unit_id "
                + "WHERE l.id = ?", ResultsService::letterView, letterId).orElseThrow(PortalException::notFound);
        if (!actor.maySeeUnit(l.unitId())) {
            throw PortalException.notFound();
        }
        return l;
    }

    /** The unit's letters, newest first (a UNIT its own; the bureau any unit's). */
    @Transactional
    public List<ResultsViews.LetterView> letters(Actor actor, @Nullable Long unitId) {
        Long unit = actor.isBureau() ? unitId : actor.unitId();
        if (unit == null) {
            throw PortalException.invalid("unitId", "validation.required");
        }
        return db.list("SELECT l.id, l.evaluated_unit_id, l.engagement_id, e.title, l.budget_unit_id, b.name, "
                + "u.project_name, l.issued_on, l.deadline, r.score, r.conclusion, "
                + "(SELECT COUNT(*) FROM rectification_task t WHERE t.letter_id = l.id) AS tasks, "
                + "(SELECT COUNT(*) FROM rectification_task t WHERE t.letter_id = l.id AND t.status = 'ACCEPTED') AS accepted "
                + "FROM feedback_letter l JOIN engagement e ON e.id = l.engagement_id JOIN budget_unit b ON b.id = l.budget_unit_id "
                + "JOIN engagement_unit u ON u.id = l.evaluated_unit_id JOIN evaluation_result r ON r.evaluated_unit_id = l.evaluated_unit_id "
                + "WHERE l.budget_unit_id = ? ORDER BY l.id DESC LIMIT 100", ResultsService::letterView, unit);
    }

    private static ResultsViews.LetterView letterView(ResultSet rs) throws SQLException {
        return new ResultsViews.LetterView(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getBigDecimal(10),
                Conclusion.valueOf(rs.getString(11)), rs.getInt(12), rs.getInt(13));
    }
}
