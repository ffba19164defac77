package gov.bureau.portal.experts;

import gov.bureau.portal.common.Sql;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.Spreadsheet;
import gov.bureau.portal.common.SqlList;
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
import java.util.List;
import java.util.Map;

/**
 * Expert fees (DOMAIN.md §10): one per sitting (panel and member with an opinion), computed from the
 * fee table in force when the panel closes, PAYABLE until the bureau records its payment, PAID once:
 * the row moves PAYABLE → PAID in one conditional UPDATE, so two payments of one sitting cannot both
 * succeed; the UNIQUE (panel, expert) keeps a second fee for the sitting out.
 */
@Singleton
public class FeeService {

    static final String ENTITY = "ExpertFee";

    static final String SELECT = "SELECT f.*, e.name AS expert_name, e.bank_name, e.bank_account, p.engagement_id, p.purpose, "
            + "g.title AS engagement_title FROM expert_fee f JOIN expert e ON e.id = f.expert_id JOIN expert_panel p ON p.id = f.panel_id "
            + "JOIN engagement g ON g.id = p.engagement_id";

    private static final Map<String, String> SORTS = Map.of("createdAt", "f.created_at", "id", "f.id");

    private final Sql sql;
    private final RuleBook rules;
    private final FeeRules feeRules;
    private final AuditLog audit;
    private final BureauClock clock;

    FeeService(Sql sql, RuleBook rules, FeeRules feeRules, AuditLog audit, BureauClock clock) {
        this.sql = sql;
        this.rules = rules;
        this.feeRules = feeRules;
        this.audit = audit;
        this.clock = clock;
    }

    static ExpertViews.FeeView row(ResultSet rs, BureauClock clock, boolean showAccount) throws SQLException {
        String account = rs.getString("bank_account");
        java.sql.Date paidOn = rs.getDate("paid_on");
        return new ExpertViews.FeeView(rs.getLong("id"), rs.getLong("panel_id"), rs.getLong("expert_id"), rs.getString("expert_name"),
                rs.getString("bank_name"), showAccount ? account : ExpertService.mask(account), rs.getLong("engagement_id"),
                rs.getString("engagement_title"), rs.getString("purpose"), ExpertTitle.valueOf(rs.getString("title")),
                rs.getBigDecimal("days"), rs.getBigDecimal("rate"), rs.getBigDecimal("amount"), rs.getLong("fee_version_id"),
                rs.getString("status"), clock.toOffset(Sql.instant(rs, "created_at")),
                paidOn == null ? null : paidOn.toLocalDate(), rs.getString("paid_reference"), rs.getString("paid_by"));
    }

    /**
     * The fees of a closing panel's sittings: every member who gave an opinion, at the rate of its
     * title now. Called inside the closing transaction; answers the number of fees.
     */
    int sittingsClosed(long panelId, BigDecimal days) {
        RuleVersion<FeeRules.Rates> rates = rules.current(feeRules);
        List<long[]> sitters = sql.list("SELECT o.expert_id FROM expert_opinion o JOIN expert_panel_member m ON m.panel_id = o.panel_id "
                + "AND m.expert_id = o.expert_id WHERE o.panel_id = ? AND m.status = 'INVITED' ORDER BY o.expert_id",
                rs -> new long[]{rs.getLong(1)}, panelId);
        Instant now = clock.now();
        for (long[] s : sitters) {
            long expertId = s[0];
            ExpertTitle title = sql.one("SELECT title FROM expert WHERE id = ?", rs -> ExpertTitle.valueOf(rs.getString(1)), expertId)
                    .orElseThrow();
            BigDecimal rate = rates.content().perDay(title);
            sql.update("INSERT INTO expert_fee (panel_id, expert_id, title, days, rate, amount, fee_version_id, status, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, 'PAYABLE', ?)", panelId, expertId, title, days, rate, Fees.amount(rate, days),
                    rates.id(), now);
            sql.update("UPDATE expert SET sittings = sittings + 1 WHERE id = ?", expertId);
        }
        return sitters.size();
    }

    @Transactional
    public PageResponse<ExpertViews.FeeView> list(@Nullable String status, @Nullable Long expertId, PageQuery page) {
        SqlList query = filter(status, expertId);
        SqlList.Page<ExpertViews.FeeView> rows = query.over(fromClause()).page(sql.jdbc(), SELECT.substring(0, SELECT.indexOf(" FROM ")),
                query, page, SORTS, "createdAt,desc", "f.id", rs -> row(rs, clock, false));
        return rows.response(rows.rows());
    }

    private static String fromClause() {
        return SELECT.substring(SELECT.indexOf("FROM "));
    }

    private SqlList filter(@Nullable String status, @Nullable Long expertId) {
        SqlList query = new SqlList("FROM expert_fee f");
        if (status != null && !status.isBlank()) {
            if (!"PAYABLE".equals(status.strip()) && !"PAID".equals(status.strip())) {
                throw PortalException.invalid("status", "validation.invalid-value");
            }
            query.where("f.status = ?", status.strip());
        }
        query.whereIf(expertId, "f.expert_id = ?", expertId);
        return query;
    }

    /** The fees for the finance section, as a spreadsheet (full bank accounts: finance pays them). */
    @Transactional
    public byte[] export(Actor actor, @Nullable String status, @Nullable Long expertId) {
        SqlList query = filter(status, expertId).over(fromClause());
        List<String> headers = List.of("编号 No.", "专家 Expert", "职称 Title", "开户行 Bank", "账号 Account", "委托业务 Engagement",
                "评审 Review", "天数 Days", "标准 Rate", "金额 Amount", "状态 Status", "支付日期 Paid on", "凭证 Reference");
        byte[] xlsx = Spreadsheet.write("expert-fees", headers, sink -> query.forEach(sql.jdbc(),
                SELECT.substring(0, SELECT.indexOf(" FROM ")), " ORDER BY f.created_at, f.id LIMIT " + SqlList.MAX_ROWS * 10,
                rs -> row(rs, clock, true), f -> sink.accept(List.of(f.id(), f.expertName(), f.title().name(),
                        f.bankName() == null ? "" : f.bankName(), f.bankAccount() == null ? "" : f.bankAccount(), f.engagementTitle(),
                        f.purpose(), f.days(), f.rate(), f.amount(), f.status(), f.paidOn() == null ? "" : f.paidOn().toString(),
                        f.paidReference() == null ? "" : f.paidReference()))));
        return xlsx;
    }

    /** Records the payment of one sitting: once. A second payment is a 409 and changes nothing. */
    @Transactional
    public ExpertViews.FeeView pay(Actor actor, long id, ExpertCommands.Payment payment) {
        if (payment.paidOn().isAfter(clock.today())) {
            throw PortalException.invalid("paidOn", "validation.past");
        }
        String reference = payment.reference().strip();
        Instant now = clock.now();
        int changed = sql.update("UPDATE expert_fee SET status = 'PAID', paid_on = ?, paid_reference = ?, paid_by = ?, paid_at = ? "
                + "WHERE id = ? AND status = 'PAYABLE'", payment.paidOn(), reference, actor.username(), now, id);
        if (changed == 0) {
            if (sql.count("SELECT COUNT(*) FROM expert_fee WHERE id = ?", id) == 0) {
                throw PortalException.notFound();
            }
            throw PortalException.conflict("EXPERT_FEE_PAID");
        }
        ExpertViews.FeeView fee = sql.one(SELECT + " WHERE f.id = ?", rs -> row(rs, clock, false), id).orElseThrow();
        audit.record(actor, "EXPERT_FEE_PAID", ENTITY, id, Changes.create().set("expertId", fee.expertId()).set("panelId", fee.panelId())
                .set("amount", fee.amount()).set("paidOn", payment.paidOn()).set("reference", reference)
                .diff("status", "PAYABLE", "PAID").toMap());
        return fee;
    }
}
