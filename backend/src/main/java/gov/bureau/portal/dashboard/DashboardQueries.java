package gov.bureau.portal.dashboard;

import gov.bureau.portal.acceptance.AcceptanceGrade;
import gov.bureau.portal.agency.AgencyRules;
import gov.bureau.portal.agency.AgencyStatus;
import gov.bureau.portal.agency.CreditGrade;
import gov.bureau.portal.credit.CreditQueries;
import gov.bureau.portal.credit.CreditStandings;
import gov.bureau.portal.credit.CreditViews;
import gov.bureau.portal.engagement.EngagementState;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The bureau's overview (统计分析, DOMAIN.md §7), read-only over every area's tables with grouped SQL:
 * a fixed number of queries whatever the number of agencies and engagements. Credit figures come
 * from the read model credit_standing (grades) and the credit area's own summary.
 */
@Singleton
public class DashboardQueries {

    static final List<String> SCORE_BANDS = List.of("0-59", "60-69", "70-79", "80-89", "90-100");
    static final int MAX_ITEMS = 10;
    /** The agency pool (approved or suspended), as the agency area defines it. */
    static final String IN_POOL = sqlList(AgencyStatus.values(), AgencyStatus::inPool);
    /** Engagements with nothing left to do (closed or terminated), as the engagement area defines it. */
    static final String FINAL = sqlList(EngagementState.values(), EngagementState::isFinal);
    /** Overdue engagements whose plan is to be submitted or reviewed, and whose report is. */
    static final List<EngagementState> PLAN_DUE = List.of(EngagementState.ACCEPTED_BY_AGENCY, EngagementState.PLAN_SUBMITTED);
    static final List<EngagementState> REPORT_DUE = List.of(EngagementState.IN_FIELDWORK, EngagementState.REPORT_SUBMITTED);

    private final JdbcOperations jdbc;
    private final CreditStandings credit;
    private final CreditQueries creditQueries;
    private final RuleBook rules;
    private final AgencyRules.CertificateExpiryRule expiryRule;
    private final BureauClock clock;

    DashboardQueries(JdbcOperations jdbc, CreditStandings credit, CreditQueries creditQueries, RuleBook rules,
                     AgencyRules.CertificateExpiryRule expiryRule, BureauClock clock) {
        this.jdbc = jdbc;
        this.credit = credit;
        this.creditQueries = creditQueries;
        this.rules = rules;
        this.expiryRule = expiryRule;
        this.clock = clock;
    }

    @Transactional
    public DashboardView dashboard(int months) {
        LocalDate today = clock.today();
        CreditViews.Summary summary = creditQueries.summary();
        return new DashboardView(today, agenciesByStatus(), agenciesByGrade(), summary.blacklisted(), engagementsByState(),
                feesByMonth(YearMonth.from(today), months), overdue(), certificates(today), acceptanceScores(),
                new DashboardView.Credit(summary.pendingObjections()));
    }

    private List<DashboardView.Count> agenciesByStatus() {
        return counts(names(AgencyStatus.values()), "SELECT status, COUNT(*) FROM agency GROUP BY status");
    }

    /** Agencies in the pool by grade, from the credit area's read model (every agency in the pool has a row). */
    private List<DashboardView.Count> agenciesByGrade() {
        credit.refresh();
        return counts(names(CreditGrade.values()), "SELECT s.grade, COUNT(*) FROM agency a "
                + "JOIN credit_standing s ON s.agency_id = a.id WHERE a.status IN " + IN_POOL + " GROUP BY s.grade");
    }

    private List<DashboardView.Count> engagementsByState() {
        return counts(names(EngagementState.values()), "SELECT state, COUNT(*) FROM engagement GROUP BY state");
    }

    private List<DashboardView.MonthFees> feesByMonth(YearMonth current, int months) {
        YearMonth first = current.minusMonths(months - 1L);
        LocalDate from = first.atDay(1);
        Map<String, BigDecimal[]> byMonth = new LinkedHashMap<>();
        for (int i = 0; i < months; i++) {
            byMonth.put(first.plusMonths(i).toString(), new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
        }
        sumByMonth("SELECT DATE_FORMAT(contracted_on, '%Y-%m'), SUM(fee) FROM engagement_fee WHERE contracted_on >= ? "
                + "GROUP BY DATE_FORMAT(contracted_on, '%Y-%m')", from, byMonth, 0);
        sumByMonth("SELECT DATE_FORMAT(paid_on, '%Y-%m'), SUM(amount) FROM payment WHERE paid_on >= ? "
                + "GROUP BY DATE_FORMAT(paid_on, '%Y-%m')", from, byMonth, 1);
        List<DashboardView.MonthFees> out = new ArrayList<>();
        byMonth.forEach((m, v) -> out.add(new DashboardView.MonthFees(m, v[0], v[1])));
        return out;
    }

    private void sumByMonth(String sql, LocalDate from, Map<String, BigDecimal[]> byMonth, int slot) {
        jdbc.prepareStatement(sql, ps -> {
            ps.setObject(1, from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal[] v = byMonth.get(rs.getString(1));
                    if (v != null) {
                        v[slot] = rs.getBigDecimal(2).setScale(2, RoundingMode.HALF_UP);
                    }
                }
            }
            return null;
        });
    }

    private DashboardView.Overdue overdue() {
        Map<String, Long> byState = new LinkedHashMap<>();
        query("SELECT state, COUNT(*) FROM engagement WHERE overdue = TRUE AND state NOT IN " + FINAL + " GROUP BY state",
                ps -> { }, rs -> byState.put(rs.getString(1), rs.getLong(2)));
        long plans = PLAN_DUE.stream().mapToLong(st -> byState.getOrDefault(st.name(), 0L)).sum();
        long reports = REPORT_DUE.stream().mapToLong(st -> byState.getOrDefault(st.name(), 0L)).sum();
        long all = byState.values().stream().mapToLong(Long::longValue).sum();
        List<DashboardView.OverdueItem> items = new ArrayList<>();
        query("SELECT e.id, e.title, a.name, e.state, e.deadline, e.overdue_since FROM engagement e LEFT JOIN agency a ON a.id = e.agency_id "
                        + "WHERE e.overdue = TRUE AND e.state NOT IN " + FINAL + " ORDER BY e.overdue_since, e.id LIMIT " + MAX_ITEMS,
                ps -> { }, rs -> items.add(new DashboardView.OverdueItem(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class))));
        return new DashboardView.Overdue(plans, reports, all - plans - reports, items);
    }

    private DashboardView.Certificates certificates(LocalDate today) {
        int warningDays = rules.current(expiryRule).content().warningDays();
        LocalDate until = today.plusDays(warningDays);
        String from = "FROM agency_certificate c JOIN agency_person p ON p.id = c.person_id JOIN agency a ON a.id = c.agency_id "
                + "WHERE p.active = TRUE AND a.status IN " + IN_POOL + " ";
        long[] counts = new long[2];
        query("SELECT SUM(CASE WHEN c.expires_on >= ? AND c.expires_on <= ? THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN c.expires_on < ? THEN 1 ELSE 0 END) " + from,
                ps -> {
                    ps.setObject(1, today);
                    ps.setObject(2, until);
                    ps.setObject(3, today);
                }, rs -> {
                    counts[0] = rs.getLong(1);
                    counts[1] = rs.getLong(2);
                });
        List<DashboardView.CertificateItem> items = new ArrayList<>();
        query("SELECT a.id, a.name, p.name, c.cert_type, c.expires_on " + from + "AND c.expires_on <= ? ORDER BY c.expires_on, c.id LIMIT "
                        + MAX_ITEMS, ps -> ps.setObject(1, until),
                rs -> items.add(new DashboardView.CertificateItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class))));
        return new DashboardView.Certificates(warningDays, counts[0], counts[1], items);
    }

    /**
     * The score each engagement holds now: the acceptance its fee account points to. One pass over
     * them, by band and grade with the sum of the totals; bands, grades and the average follow.
     */
    private DashboardView.AcceptanceScores acceptanceScores() {
        Map<String, Long> bands = zeros(SCORE_BANDS);
        Map<String, Long> grades = zeros(names(AcceptanceGrade.values()));
        BigDecimal[] sum = {BigDecimal.ZERO};
        long[] scored = new long[1];
        query("SELECT CASE WHEN x.total < 60 THEN '0-59' WHEN x.total < 70 THEN '60-69' WHEN x.total < 80 THEN '70-79' "
                        + "WHEN x.total < 90 THEN '80-89' ELSE '90-100' END AS band, x.grade, COUNT(*), SUM(x.total) "
                        + "FROM engagement_fee f JOIN acceptance x ON x.id = f.acceptance_id GROUP BY band, x.grade",
                ps -> { }, rs -> {
                    long n = rs.getLong(3);
                    bands.merge(rs.getString(1), n, Long::sum);
                    grades.merge(rs.getString(2), n, Long::sum);
                    sum[0] = sum[0].add(rs.getBigDecimal(4));
                    scored[0] += n;
                });
        BigDecimal average = scored[0] == 0 ? null : sum[0].divide(BigDecimal.valueOf(scored[0]), 1, RoundingMode.HALF_UP);
        return new DashboardView.AcceptanceScores(list(bands), list(grades), average, scored[0]);
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> m = new LinkedHashMap<>();
        keys.forEach(k -> m.put(k, 0L));
        return m;
    }

    private static List<DashboardView.Count> list(Map<String, Long> counts) {
        List<DashboardView.Count> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(new DashboardView.Count(k, v)));
        return out;
    }

    /**
     * Counts for every key in order, zero where the query found none; a key the query found beyond
     * them (a value stored by a newer version) is counted after them rather than dropped.
     */
    private List<DashboardView.Count> counts(List<String> keys, String sql) {
        Map<String, Long> found = zeros(keys);
        query(sql, ps -> { }, rs -> {
            String key = rs.getString(1);
            if (key != null) {
                found.merge(key, rs.getLong(2), Long::sum);
            }
        });
        return list(found);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** {@code ('A', 'B')}: the names of the values that pass, for an IN clause (names come from code, not from callers). */
    static <E extends Enum<E>> String sqlList(E[] values, Predicate<E> filter) {
        return Arrays.stream(values).filter(filter).map(v -> "'" + v.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Binder binder, RowReader reader) {
        jdbc.prepareStatement(sql, ps -> {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
            return null;
        });
    }
}
