package gov.bureau.portal.results;

import gov.bureau.portal.common.Sql;
import gov.bureau.portal.demo.DemoContext;
import gov.bureau.portal.demo.DemoData;
import gov.bureau.portal.documents.DocumentStore;
import gov.bureau.portal.documents.SampleFiles;
import gov.bureau.portal.identity.UserCommands;
import gov.bureau.portal.identity.UserService;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demonstration data of the results area (API.md, last bullet): budget units with UNIT accounts
 * {@code unit1}, {@code unit2} …, linked to the evaluated units of the demo engagements whose report is
 * approved, and results in every stage: recorded without a letter; a letter with tasks open, answered,
 * returned, accepted and overdue; decided budget actions; one published report.
 *
 * <p>The link of an evaluated unit to its budget unit (and its funds, where the engagement demo gave
 * none) is written straight into {@code engagement_unit}: the engagement API only sets it while an
 * engagement is still being created, and the demo engagements are past that.
 */
@Singleton
public class ResultsDemoData implements DemoData {

    private final Sql db;
    private final BudgetUnits units;
    private final UserService users;
    private final ResultsService results;
    private final Rectifications tasks;
    private final Applications applications;
    private final Publications publications;
    private final BureauClock clock;

    ResultsDemoData(Sql db, BudgetUnits units, UserService users, ResultsService results, Rectifications tasks,
                    Applications applications, Publications publications, BureauClock clock) {
        this.db = db;
        this.units = units;
        this.users = users;
        this.results = results;
        this.tasks = tasks;
        this.applications = applications;
        this.publications = publications;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return 500;
    }

    private record Evaluated(long engagementId, long evaluatedUnitId, String unitName, String state) {
    }

    @Override
    public void seed(DemoContext context) {
        Actor staff = new Actor(context.<Long>get("staffId"), "staff", EnumSet.of(Role.STAFF), null);
        List<Long> ids = context.<List<Long>>get("engagement.ids");
        if (ids == null || ids.isEmpty()) {
            return;
        }
        List<Evaluated> approved = new ArrayList<>();
        for (long id : ids) {
            db.one("SELECT e.id, u.id, u.unit_name, e.state FROM engagement e JOIN engagement_unit u ON u.engagement_id = e.id "
                    + "WHERE e.id = ? AND e.state IN ('REPORT_APPROVED', 'ACCEPTED', 'SETTLED', 'CLOSED') ORDER BY u.position LIMIT 1",
                    rs -> new Evaluated(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)), id).ifPresent(approved::add);
        }
        // one budget unit per distinct unit name, each with an account unitN, plus one unit with nothing evaluated yet
        Map<String, Actor> unitActors = new LinkedHashMap<>();
        Map<String, Long> unitIds = new LinkedHashMap<>();
        int n = 0;
        List<String> names = new ArrayList<>(approved.stream().map(Evaluated::unitName).distinct().toList());
        names.add("南京市生态环境局");
        for (String name : names) {
            n++;
            long unitId = units.create(staff, new ResultsCommands.BudgetUnitForm(name, String.format("11320100MB%08d", n), "南京市人民政府", null));
            String username = "unit" + n;
            long userId = users.create(Actor.SYSTEM, new UserCommands.CreateUser(username, name + "（绩效联络员）", Set.of(Role.UNIT),
                    context.password(), true, null, unitId, null));
            unitIds.put(name, unitId);
            unitActors.put(name, new Actor(userId, username, EnumSet.of(Role.UNIT), null, unitId, null));
        }
        String[] funds = {"25000000.00", "30000000.00", "20000000.00", "70000000.00", "18000000.00"};
        for (int i = 0; i < approved.size(); i++) {
            Evaluated e = approved.get(i);
            db.update("UPDATE engagement_unit SET budget_unit_id = ?, project_name = COALESCE(project_name, ?), funds = COALESCE(funds, ?) "
                    + "WHERE id = ?", unitIds.get(e.unitName()), "年度专项资金项目", new BigDecimal(funds[i % funds.length]), e.evaluatedUnitId());
        }
        String[][] findings = {
                {"部分资金拨付滞后，年底集中支付比例偏高", "FUND_MANAGEMENT"},
                {"绩效目标设置不够细化，部分指标无法量化考核", "DECISION"},
                {"项目验收资料不完整，台账记录不规范", "PROJECT_MANAGEMENT"}};
        String[] scores = {"78.5", "85", "72", "93", "55"};
        for (int i = 0; i < approved.size() && i < scores.length; i++) {
            Evaluated e = approved.get(i);
            List<ResultsCommands.FindingForm> list = new ArrayList<>();
            for (int k = 0; k < (i == 3 ? 1 : findings.length); k++) {
                list.add(new ResultsCommands.FindingForm(findings[k][0], FindingCategory.valueOf(findings[k][1])));
            }
            results.record(staff, e.engagementId(), e.evaluatedUnitId(), new ResultsCommands.ResultForm(new BigDecimal(scores[i]), list,
                    "建立资金支付进度通报机制，细化绩效目标，规范项目台账管理。", null));
            if (i == 0) {
                continue; // recorded, no letter yet (API.md)
            }
            ResultsCommands.LetterIssued letter = results.issueLetter(staff, e.engagementId(), e.evaluatedUnitId());
            Actor unit = unitActors.get(e.unitName());
            List<Long> t = letter.taskIds();
            switch (i) {
                case 1 -> { // one answered, the others open
                    tasks.answer(unit, t.get(0), new ResultsCommands.Answer("已制定资金支付计划，按月通报支付进度。"));
                }
                case 2 -> { // accepted, returned, and one overdue; the budget cut decided
                    tasks.answer(unit, t.get(0), new ResultsCommands.Answer("已完成资金拨付，附拨付凭证。"));
                    tasks.review(staff, t.get(0), new ResultsCommands.Review(ResultsCommands.ReviewDecision.ACCEPT, "整改到位"));
                    tasks.answer(unit, t.get(1), new ResultsCommands.Answer("已修订绩效目标。"));
                    tasks.review(staff, t.get(1), new ResultsCommands.Review(ResultsCommands.ReviewDecision.RETURN, "请补充量化指标及目标值"));
                    db.update("UPDATE rectification_task SET deadline = ? WHERE id = ?", clock.today().minusDays(5), t.get(2));
                    applications.decide(staff, e.evaluatedUnitId(), new ResultsCommands.Decision(BudgetAction.REDUCE,
                            new BigDecimal("8000000.00"), "评价结论为中，按被评价年度资金的 40% 扣减下年度预算"));
                }
                case 3 -> { // all accepted, commended, published
                    tasks.answer(unit, t.get(0), new ResultsCommands.Answer("已建立资金支付进度月报制度。"));
                    tasks.review(staff, t.get(0), new ResultsCommands.Review(ResultsCommands.ReviewDecision.ACCEPT, null));
                    applications.decide(staff, e.evaluatedUnitId(), new ResultsCommands.Decision(BudgetAction.COMMEND_PRIORITY, null,
                            "评价结论为优，通报表扬并在下年度预算中优先安排"));
                    publications.publish(staff, e.engagementId(), DocumentStore.Upload.of("绩效评价报告（公开版）.pdf",
                            SampleFiles.pdf(List.of("Performance evaluation report (public version, demo)", "Conclusion: EXCELLENT"))),
                            "该项目绩效评价得分 93 分，评价结论为优。项目资金使用规范，产出和效益目标基本实现。");
                }
                default -> { // overdue, nothing answered
                    for (long task : t) {
                        db.update("UPDATE rectification_task SET deadline = ? WHERE id = ?", clock.today().minusDays(10), task);
                    }
                }
            }
        }
        context.put("results.unitIds", List.copyOf(unitIds.values()));
    }
}
