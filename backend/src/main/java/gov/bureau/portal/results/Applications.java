package gov.bureau.portal.results;

import gov.bureau.portal.common.Sql;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.Messages;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.Spreadsheet;
import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Result application (结果应用, DOMAIN.md §9): per evaluated project the action and range the rule table
 * suggests, the action and amount the bureau decided with its reason; the list and its export for the
 * budget section.
 */
@Singleton
public class Applications {

    static final String ENTITY = "ResultApplication";
    static final int EXPORT_LIMIT = 50_000;
    static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("evaluatedUnitId", "r.evaluated_unit_id");
        SORTABLE.put("conclusion", "r.conclusion, r.evaluated_unit_id");
    }

    private static final String ROW_FROM = "FROM evaluation_result r JOIN engagement_unit u ON u.id = r.evaluated_unit_id "
            + "JOIN engagement e ON e.id = r.engagement_id";
    private static final String ROW_SELECT = "SELECT r.evaluated_unit_id, r.engagement_id, e.title, r.budget_unit_id, u.unit_name, "
            + "u.project_name, r.result_year, r.funds, r.score, r.conclusion, r.suggested_action, r.suggested_min, r.suggested_max, "
            + "r.decided_action, r.decided_amount, r.decision_reason, r.decided_by";

    private final Sql db;
    private final AuditLog audit;
    private final Messages messages;
    private final BureauClock clock;

    Applications(Sql db, AuditLog audit, Messages messages, BureauClock clock) {
        this.db = db;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public record Filter(@Nullable Integer year, @Nullable Long unitId, @Nullable Conclusion conclusion) {
    }

    private static SqlList filtered(String from, Filter f) {
        SqlList sql = new SqlList(from);
        sql.whereIf(f.year(), "r.result_year = ?", f.year());
        sql.whereIf(f.unitId(), "r.budget_unit_id = ?", f.unitId());
        sql.whereIf(f.conclusion(), "r.conclusion = ?", f.conclusion());
        return sql;
    }

    @Transactional
    public PageResponse<ResultsViews.ApplicationRow> list(Filter f, PageQuery page) {
        SqlList.Page<ResultsViews.ApplicationRow> p = filtered(ROW_FROM, f).page(db.jdbc(), ROW_SELECT,
                filtered("FROM evaluation_result r", f), page, SORTABLE, "evaluatedUnitId,desc", "r.evaluated_unit_id", Applications::row);
        return p.response(p.rows());
    }

    @Transactional
    public byte[] export(Filter f, @Nullable String sort, Locale locale) {
        Pageable pageable = PageQuery.of(0, 1, sort).toPageable(SORTABLE, "evaluatedUnitId,desc");
        List<String> headers = new ArrayList<>();
        for (String h : List.of("evaluatedUnitId", "unitName", "projectName", "year", "funds", "score", "conclusion", "suggestedAction",
                "suggestedMin", "suggestedMax", "decidedAction", "decidedAmount", "reason")) {
            headers.add(messages.get(locale, "results.export." + h));
        }
        return Spreadsheet.write(messages.get(locale, "results.export.sheet"), headers, sink ->
                filtered(ROW_FROM, f).forEach(db.jdbc(), ROW_SELECT, SqlList.orderBy(pageable.getSort().getOrderBy().get(0),
                        "r.evaluated_unit_id") + " LIMIT " + EXPORT_LIMIT, Applications::row, r -> sink.accept(java.util.Arrays.asList(
                        r.evaluatedUnitId(), r.unitName(), r.projectName(), r.year(), r.funds(), r.score(),
                        messages.get(locale, "results.conclusion." + r.conclusion().name()),
                        messages.get(locale, "results.action." + r.suggestedAction().name()), r.suggestedMin(), r.suggestedMax(),
                        r.decidedAction() == null ? null : messages.get(locale, "results.action." + r.decidedAction().name()),
                        r.decidedAmount(), r.reason()))));
    }

    private static ResultsViews.ApplicationRow row(ResultSet rs) throws SQLException {
        String decided = rs.getString(14);
        return new ResultsViews.ApplicationRow(rs.getLong(1), rs.getLong(2), rs.getString(3), Sql.longOrNull(rs, "budget_unit_id"),
                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getBigDecimal(8), rs.getBigDecimal(9), Conclusion.valueOf(rs.getString(10)),
                BudgetAction.valueOf(rs.getString(11)), rs.getBigDecimal(12), rs.getBigDecimal(13),
                decided == null ? null : BudgetAction.valueOf(decided), rs.getBigDecimal(15), rs.getString(16), rs.getString(17));
    }

    @Transactional
    public ResultsViews.ApplicationRow get(long evaluatedUnitId) {
        return new SqlList(ROW_FROM).where("r.evaluated_unit_id = ?", evaluatedUnitId).list(db.jdbc(), ROW_SELECT, "", Applications::row)
                .stream().findFirst().orElseThrow(PortalException::notFound);
    }

    /**
     * The bureau's decision. REDUCE and CANCEL need an amount, at most the evaluated year's funds; the
     * other actions carry none.
     */
    @Transactional
    public ResultsViews.ApplicationRow decide(Actor actor, long evaluatedUnitId, ResultsCommands.Decision d) {
        db.one("SELECT evaluated_unit_id FROM evaluation_result WHERE evaluated_unit_id = ? FOR UPDATE", rs -> rs.getLong(1), evaluatedUnitId)
                .orElseThrow(PortalException::notFound);
        ResultsViews.ApplicationRow before = get(evaluatedUnitId);
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal amount = d.decidedAmount() == null ? null : d.decidedAmount().setScale(2, java.math.RoundingMode.UNNECESSARY);
        boolean needsAmount = d.decidedAction() == BudgetAction.REDUCE || d.decidedAction() == BudgetAction.CANCEL;
        if (needsAmount && amount == null) {
            problems.add(new FieldProblem("decidedAmount", "validation.required"));
        } else if (!needsAmount && amount != null && amount.signum() != 0) {
            problems.add(new FieldProblem("decidedAmount", "validation.result-amount-not-for-action"));
        } else if (amount != null && before.funds() != null && amount.compareTo(before.funds()) > 0) {
            problems.add(new FieldProblem("decidedAmount", "validation.result-amount-above-funds", before.funds().toPlainString()));
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        BigDecimal stored = needsAmount ? amount : null;
        db.update("UPDATE evaluation_result SET decided_action = ?, decided_amount = ?, decision_reason = ?, decided_by = ?, decided_at = ? "
                + "WHERE evaluated_unit_id = ?", d.decidedAction(), stored, d.reason().trim(), actor.username(), clock.now(), evaluatedUnitId);
        audit.record(actor, "RESULT_APPLICATION_DECIDED", ENTITY, evaluatedUnitId, Changes.create()
                .diff("decidedAction", before.decidedAction(), d.decidedAction()).diff("decidedAmount", before.decidedAmount(), stored)
                .set("suggestedAction", before.suggestedAction()).set("suggestedMin", before.suggestedMin())
                .set("suggestedMax", before.suggestedMax()).toMap(), d.reason().trim());
        return get(evaluatedUnitId);
    }
}
