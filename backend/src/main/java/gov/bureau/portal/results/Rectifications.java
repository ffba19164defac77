package gov.bureau.portal.results;

import gov.bureau.portal.common.Sql;
import gov.bureau.portal.identity.UserNames;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.documents.DocumentStore;
import gov.bureau.portal.inbox.Inbox;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rectification (整改, DOMAIN.md §9): the unit answers each task with measures and evidence files; the
 * bureau accepts or returns it; a task past its deadline and not accepted is overdue; a unit may ask once
 * per task for an extension, which the bureau grants or refuses. A UNIT reaches only its own tasks (404).
 */
@Singleton
public class Rectifications {

    static final String ENTITY = "RectificationTask";
    static final Set<String> STATUSES = Set.of("OPEN", "ANSWERED", "RETURNED", "ACCEPTED");
    static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("deadline", "t.deadline");
        SORTABLE.put("id", "t.id");
    }

    private static final String ROW_FROM = "FROM rectification_task t JOIN budget_unit b ON b.id = t.budget_unit_id "
            + "JOIN feedback_letter l ON l.id = t.letter_id JOIN engagement e ON e.id = l.engagement_id";
    /**
     * STRAIGHT_JOIN: read the tasks first, in the order of the sort's index, and join each page row's unit,
     * letter and engagement by primary key (without it the optimiser may start from a joined table and
     * sort all 100,000 tasks for one page: 4.4 s against 0.03 s, bench/results-list.sh).
     */
    private static final String ROW_SELECT = "SELECT STRAIGHT_JOIN t.id, t.letter_id, t.budget_unit_id, b.name, l.engagement_id, e.title, "
            + "t.finding_text, t.category, t.deadline, t.status, t.extension_status";

    private final Sql db;
    private final RuleBook rules;
    private final RectificationRules terms;
    private final DocumentStore documents;
    private final AuditLog audit;
    private final Inbox inbox;
    private final BureauClock clock;

    Rectifications(Sql db, RuleBook rules, RectificationRules terms, DocumentStore documents, AuditLog audit, Inbox inbox,
                   BureauClock clock) {
        this.db = db;
        this.rules = rules;
        this.terms = terms;
        this.documents = documents;
        this.audit = audit;
        this.inbox = inbox;
        this.clock = clock;
    }

    public record Filter(@Nullable Long unitId, @Nullable String status, @Nullable Boolean overdue, @Nullable Long letterId) {
    }

    @Transactional
    public PageResponse<ResultsViews.TaskRow> list(Actor actor, Filter f, PageQuery page) {
        LocalDate today = clock.today();
        SqlList.Page<ResultsViews.TaskRow> p = filtered(ROW_FROM, actor, f, today).page(db.jdbc(), ROW_SELECT,
                filtered("FROM rectification_task t", actor, f, today), page, SORTABLE, "deadline", "t.id", rs -> row(rs, today));
        return p.response(p.rows());
    }

    private static SqlList filtered(String from, Actor actor, Filter f, LocalDate today) {
        SqlList sql = new SqlList(from);
        if (actor.isBureau()) {
            sql.whereIf(f.unitId(), "t.budget_unit_id = ?", f.unitId());
        } else if (actor.isUnit() && actor.unitId() != null) {
            sql.where("t.budget_unit_id = ?", actor.unitId());
        } else {
            throw PortalException.forbidden();
        }
        if (f.status() != null && !f.status().isBlank()) {
            if (!STATUSES.contains(f.status())) {
                throw new PortalException(io.micronaut.http.HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                        List.of(new FieldProblem("status", "validation.invalid-value")));
            }
            sql.where("t.status = ?", f.status());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            sql.where("t.status <> 'ACCEPTED' AND t.deadline < ?", today);
        } else if (Boolean.FALSE.equals(f.overdue())) {
            sql.where("(t.status = 'ACCEPTED' OR t.deadline >= ?)", today);
        }
        sql.whereIf(f.letterId(), "t.letter_id = ?", f.letterId());
        return sql;
    }

    private static ResultsViews.TaskRow row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate deadline = rs.getObject(9, LocalDate.class);
        String status = rs.getString(10);
        return new ResultsViews.TaskRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                rs.getString(7), FindingCategory.valueOf(rs.getString(8)), deadline, status,
                RectificationRules.overdue(status, deadline, today), rs.getString(11));
    }

    /** One task the actor may see, locked when it is about to change. */
    private ResultsViews.TaskDetail find(Actor actor, long id, boolean lock) {
        if (lock) {
            db.one("SELECT id FROM rectification_task WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), id);
        }
        LocalDate today = clock.today();
        ResultsViews.TaskDetail t = db.one("SELECT t.id, t.letter_id, t.budget_unit_id, b.name, l.engagement_id, e.title, "
                + "t.finding_text, t.category, t.deadline, t.status, t.measures, " + UserNames.displayNameSql("t.answered_by") + " AS answered_by, "
                + "t.answered_at, t.review_comment, " + UserNames.displayNameSql("t.reviewed_by") + " AS reviewed_by, t.reviewed_at, t.extension_days, t.extension_reason, t.extension_status, t.extension_comment, t.version "
                + ROW_FROM + " WHERE t.id = ?", rs -> {
                    LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                    String status = rs.getString("status");
                    return new ResultsViews.TaskDetail(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                            rs.getString(6), rs.getString(7), FindingCategory.valueOf(rs.getString(8)), deadline, status,
                            RectificationRules.overdue(status, deadline, today), rs.getString("measures"), rs.getString("answered_by"),
                            offset(rs, "answered_at"), rs.getString("review_comment"), rs.getString("reviewed_by"),
                            offset(rs, "reviewed_at"), Sql.intOrNull(rs, "extension_days"), rs.getString("extension_reason"),
                            rs.getString("extension_status"), rs.getString("extension_comment"), List.of(), rs.getLong("version"));
                }, id).orElseThrow(PortalException::notFound);
        if (!actor.maySeeUnit(t.unitId())) {
            throw PortalException.notFound();
        }
        return t;
    }

    private java.time.OffsetDateTime offset(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : clock.toOffset(ts.toInstant());
    }

    @Transactional
    public ResultsViews.TaskDetail detail(Actor actor, long id) {
        ResultsViews.TaskDetail t = find(actor, id, false);
        return withFiles(t);
    }

    private ResultsViews.TaskDetail withFiles(ResultsViews.TaskDetail t) {
        List<ResultsViews.FileView> files = db.list("SELECT id, file_name, content_type, size_bytes, sha256, " + UserNames.displayNameSql("uploaded_by") + ", uploaded_at "
                + "FROM rectification_file WHERE task_id = ? ORDER BY id", rs -> new ResultsViews.FileView(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6), clock.toOffset(rs.getTimestamp(7).toInstant())), t.id());
        return new ResultsViews.TaskDetail(t.id(), t.letterId(), t.unitId(), t.unitName(), t.engagementId(), t.engagementTitle(),
                t.findingText(), t.category(), t.deadline(), t.status(), t.overdue(), t.measures(), t.answeredBy(), t.answeredAt(),
                t.reviewComment(), t.reviewedBy(), t.reviewedAt(), t.extensionDays(), t.extensionReason(), t.extensionStatus(),
                t.extensionComment(), files, t.version());
    }

    /** The unit's own task only: the bureau and other units get 404 (the bureau is refused by the controller). */
    private ResultsViews.TaskDetail own(Actor actor, long id) {
        ResultsViews.TaskDetail t = find(actor, id, true);
        if (!actor.isUnit() || !actor.maySeeUnit(t.unitId())) {
            throw PortalException.notFound();
        }
        return t;
    }

    @Transactional
    public ResultsViews.FileView upload(Actor actor, long id, DocumentStore.Upload file) {
        ResultsViews.TaskDetail t = own(actor, id);
        if (!t.status().equals("OPEN") && !t.status().equals("RETURNED")) {
            throw PortalException.conflict("TASK_NOT_OPEN");
        }
        long count = db.one("SELECT COUNT(*) FROM rectification_file WHERE task_id = ?", rs -> rs.getLong(1), id).orElse(0L);
        if (count >= 20) {
            throw PortalException.invalid("file", "validation.rectification-files-max", 20);
        }
        DocumentStore.Stored stored = documents.store("rectification", file, DocumentStore.ANY);
        long fileId = db.insert("INSERT INTO rectification_file (task_id, storage_key, file_name, content_type, size_bytes, sha256, "
                + "uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, stored.key(), stored.fileName(), stored.contentType(),
                stored.size(), stored.sha256(), actor.username(), clock.now());
        audit.record(actor, "RECTIFICATION_FILE_UPLOADED", ENTITY, id, Changes.create().set("fileId", fileId)
                .set("fileName", stored.fileName()).set("sha256", stored.sha256()).toMap());
        return withFiles(t).files().stream().filter(f -> f.id() == fileId).findFirst().orElseThrow();
    }

    public record FileContent(String fileName, String contentType, byte[] bytes) {
    }

    @Transactional
    public FileContent file(Actor actor, long id, long fileId) {
        find(actor, id, false);
        record Row(String key, String name, String type) {
        }
        Row row = db.one("SELECT storage_key, file_name, content_type FROM rectification_file WHERE id = ? AND task_id = ?",
                rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)), fileId, id).orElseThrow(PortalException::notFound);
        return new FileContent(row.name(), row.type(), documents.bytes(row.key()).orElseThrow(PortalException::notFound));
    }

    @Transactional
    public ResultsViews.TaskDetail answer(Actor actor, long id, ResultsCommands.Answer answer) {
        ResultsViews.TaskDetail t = own(actor, id);
        if (!t.status().equals("OPEN") && !t.status().equals("RETURNED")) {
            throw PortalException.conflict("TASK_NOT_OPEN");
        }
        db.update("UPDATE rectification_task SET status = 'ANSWERED', measures = ?, answered_by = ?, answered_at = ?, "
                + "version = version + 1 WHERE id = ?", answer.measures().trim(), actor.username(), clock.now(), id);
        inbox.notifyBureau("inbox.results.task-answered", List.of(t.unitName(), clip(t.findingText())), null, "/rectifications/" + id);
        audit.record(actor, "RECTIFICATION_ANSWERED", ENTITY, id, Changes.create().diff("status", t.status(), "ANSWERED")
                .set("measures", answer.measures().trim()).toMap());
        return detail(actor, id);
    }

    @Transactional
    public ResultsViews.TaskDetail review(Actor actor, long id, ResultsCommands.Review review) {
        ResultsViews.TaskDetail t = find(actor, id, true);
        String comment = BudgetUnits.blankToNull(review.comment());
        if (review.decision() == ResultsCommands.ReviewDecision.RETURN && comment == null) {
            throw PortalException.invalid("comment", "validation.required");
        }
        if (!t.status().equals("ANSWERED")) {
            throw PortalException.conflict("TASK_NOT_ANSWERED");
        }
        String to = review.decision() == ResultsCommands.ReviewDecision.ACCEPT ? "ACCEPTED" : "RETURNED";
        db.update("UPDATE rectification_task SET status = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ?, version = version + 1 "
                + "WHERE id = ?", to, comment, actor.username(), clock.now(), id);
        inbox.notifyUnit(t.unitId(), to.equals("ACCEPTED") ? "inbox.results.task-accepted" : "inbox.results.task-returned",
                List.of(clip(t.findingText())), comment, "/rectifications/" + id);
        audit.record(actor, to.equals("ACCEPTED") ? "RECTIFICATION_ACCEPTED" : "RECTIFICATION_RETURNED", ENTITY, id,
                Changes.create().diff("status", t.status(), to).toMap(), comment);
        return detail(actor, id);
    }

    @Transactional
    public ResultsViews.TaskDetail askExtension(Actor actor, long id, ResultsCommands.ExtensionRequest request) {
        ResultsViews.TaskDetail t = own(actor, id);
        int max = rules.current(terms).content().maxExtensionDays();
        if (request.days() > max) {
            throw PortalException.invalid("days", "validation.rectification-extension-max", max);
        }
        if (t.extensionStatus() != null) {
            throw PortalException.conflict("EXTENSION_ALREADY_ASKED");
        }
        if (t.status().equals("ACCEPTED")) {
            throw PortalException.conflict("TASK_ACCEPTED");
        }
        db.update("UPDATE rectification_task SET extension_days = ?, extension_reason = ?, extension_status = 'REQUESTED', "
                + "version = version + 1 WHERE id = ?", request.days(), request.reason().trim(), id);
        inbox.notifyBureau("inbox.results.extension-asked", List.of(t.unitName(), request.days()), request.reason().trim(),
                "/rectifications/" + id);
        audit.record(actor, "RECTIFICATION_EXTENSION_ASKED", ENTITY, id, Changes.create().set("days", request.days()).toMap(),
                request.reason().trim());
        return detail(actor, id);
    }

    @Transactional
    public ResultsViews.TaskDetail decideExtension(Actor actor, long id, ResultsCommands.ExtensionDecision decision) {
        ResultsViews.TaskDetail t = find(actor, id, true);
        if (!"REQUESTED".equals(t.extensionStatus())) {
            throw PortalException.conflict("NO_EXTENSION_ASKED");
        }
        String comment = BudgetUnits.blankToNull(decision.comment());
        LocalDate deadline = decision.grant() ? t.deadline().plusDays(t.extensionDays()) : t.deadline();
        db.update("UPDATE rectification_task SET extension_status = ?, extension_comment = ?, deadline = ?, version = version + 1 "
                + "WHERE id = ?", decision.grant() ? "GRANTED" : "REFUSED", comment, deadline, id);
        inbox.notifyUnit(t.unitId(), decision.grant() ? "inbox.results.extension-granted" : "inbox.results.extension-refused",
                List.of(clip(t.findingText()), deadline.toString()), comment, "/rectifications/" + id);
        audit.record(actor, decision.grant() ? "RECTIFICATION_EXTENSION_GRANTED" : "RECTIFICATION_EXTENSION_REFUSED", ENTITY, id,
                Changes.create().diff("deadline", t.deadline(), deadline).toMap(), comment);
        return detail(actor, id);
    }

    /** The bureau's rectification board: the rate of accepted tasks and the units with overdue tasks (at most 20). */
    @Transactional
    public ResultsViews.Board board() {
        LocalDate today = clock.today();
        long[] totals = db.one("SELECT COUNT(*), COALESCE(SUM(status = 'ACCEPTED'), 0), "
                + "COALESCE(SUM(status <> 'ACCEPTED' AND deadline < ?), 0) FROM rectification_task",
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, today).orElse(new long[3]);
        BigDecimal rate = totals[0] == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(totals[1]).divide(BigDecimal.valueOf(totals[0]), 4, RoundingMode.HALF_UP);
        List<ResultsViews.UnitOverdue> byUnit = db.list("SELECT t.budget_unit_id, b.name, COUNT(*) AS overdue FROM rectification_task t "
                + "JOIN budget_unit b ON b.id = t.budget_unit_id WHERE t.status IN ('OPEN', 'ANSWERED', 'RETURNED') AND t.deadline < ? "
                + "GROUP BY t.budget_unit_id, b.name ORDER BY overdue DESC, t.budget_unit_id LIMIT 20",
                rs -> new ResultsViews.UnitOverdue(rs.getLong(1), rs.getString(2), rs.getLong(3)), today);
        return new ResultsViews.Board(totals[0], totals[1], rate, totals[2], byUnit);
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
