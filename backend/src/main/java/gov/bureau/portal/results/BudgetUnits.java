package gov.bureau.portal.results;

import gov.bureau.portal.common.Sql;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The register of budget units (预算单位, DOMAIN.md §9), kept by the bureau. Other areas ask it whether a
 * unit exists ({@link #exists}) when they link to one (an engagement's evaluated units, a UNIT account).
 */
@Singleton
public class BudgetUnits {

    static final String ENTITY = "BudgetUnit";
    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("name", "b.name");
        SORTABLE.put("code", "b.code");
        SORTABLE.put("department", "b.department");
        SORTABLE.put("id", "b.id");
    }

    private final Sql db;
    private final AuditLog audit;
    private final BureauClock clock;

    BudgetUnits(Sql db, AuditLog audit, BureauClock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether a budget unit with this id exists. */
    @Transactional
    public boolean exists(long id) {
        return db.exists("SELECT 1 FROM budget_unit WHERE id = ?", id);
    }

    /** The ids among these that name no budget unit. */
    @Transactional
    public List<Long> unknown(Collection<Long> ids) {
        return ids.stream().filter(Objects::nonNull).distinct().filter(id -> !exists(id)).toList();
    }

    @Transactional
    public Optional<String> name(long id) {
        return db.one("SELECT name FROM budget_unit WHERE id = ?", rs -> rs.getString(1), id);
    }

    @Transactional
    public PageResponse<ResultsViews.BudgetUnitView> list(@Nullable String q, @Nullable String department, PageQuery page) {
        SqlList sql = new SqlList("FROM budget_unit b");
        if (q != null && q.length() > 100) {
            throw new PortalException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", List.of(new FieldProblem("q", "validation.size-max", 100)));
        }
        if (q != null && !q.isBlank()) {
            sql.where("(b.name LIKE ? OR b.code LIKE ?)", SqlList.like(q), SqlList.like(q));
        }
        if (department != null && !department.isBlank()) {
            sql.where("b.department = ?", department.trim());
        }
        SqlList.Page<ResultsViews.BudgetUnitView> p = sql.page(db.jdbc(), "SELECT b.id, b.name, b.code, b.department, b.version, "
                + "(SELECT COUNT(*) FROM app_user u WHERE u.unit_id = b.id) AS users", page, SORTABLE, "name", "b.id", BudgetUnits::view);
        return p.response(p.rows());
    }

    @Transactional
    public ResultsViews.BudgetUnitView get(long id) {
        return db.one("SELECT b.id, b.name, b.code, b.department, b.version, (SELECT COUNT(*) FROM app_user u WHERE u.unit_id = b.id) "
                + "AS users FROM budget_unit b WHERE b.id = ?", BudgetUnits::view, id).orElseThrow(PortalException::notFound);
    }

    @Transactional
    public long create(Actor actor, ResultsCommands.BudgetUnitForm form) {
        String code = form.code().trim();
        if (db.exists("SELECT 1 FROM budget_unit WHERE code = ?", code)) {
            throw PortalException.invalid("code", "validation.budget-unit-code-taken");
        }
        Instant now = clock.now();
        long id = db.insert("INSERT INTO budget_unit (name, code, department, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, 0)",
                form.name().trim(), code, blankToNull(form.department()), now, now);
        audit.record(actor, "BUDGET_UNIT_CREATED", ENTITY, id, Changes.create().set("name", form.name().trim()).set("code", code)
                .set("department", blankToNull(form.department())).toMap());
        return id;
    }

    @Transactional
    public ResultsViews.BudgetUnitView update(Actor actor, long id, ResultsCommands.BudgetUnitForm form) {
        ResultsViews.BudgetUnitView before = db.one("SELECT b.id, b.name, b.code, b.department, b.version, 0 AS users "
                + "FROM budget_unit b WHERE b.id = ? FOR UPDATE", BudgetUnits::view, id).orElseThrow(PortalException::notFound);
        if (form.version() == null || form.version() != before.version()) {
            throw PortalException.conflict("STALE_VERSION");
        }
        String code = form.code().trim();
        if (db.exists("SELECT 1 FROM budget_unit WHERE code = ? AND id <> ?", code, id)) {
            throw PortalException.invalid("code", "validation.budget-unit-code-taken");
        }
        db.update("UPDATE budget_unit SET name = ?, code = ?, department = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                form.name().trim(), code, blankToNull(form.department()), clock.now(), id);
        Changes changes = Changes.create().diff("name", before.name(), form.name().trim()).diff("code", before.code(), code)
                .diff("department", before.department(), blankToNull(form.department()));
        audit.record(actor, "BUDGET_UNIT_UPDATED", ENTITY, id, changes.toMap());
        return get(id);
    }

    private static ResultsViews.BudgetUnitView view(ResultSet rs) throws SQLException {
        return new ResultsViews.BudgetUnitView(rs.getLong("id"), rs.getString("name"), rs.getString("code"), rs.getString("department"),
                rs.getLong("users"), rs.getLong("version"));
    }

    static String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
