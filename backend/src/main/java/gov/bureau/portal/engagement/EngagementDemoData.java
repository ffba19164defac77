package gov.bureau.portal.engagement;

import gov.bureau.portal.agency.AgencyDirectory;
import gov.bureau.portal.agency.AgencyPerson;
import gov.bureau.portal.demo.DemoContext;
import gov.bureau.portal.demo.DemoData;
import gov.bureau.portal.documents.DocumentStore;
import gov.bureau.portal.documents.SampleFiles;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import gov.bureau.portal.identity.User;
import gov.bureau.portal.identity.UserRepository;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Demonstration engagements (order 300): one in every state of DOMAIN.md §4 up to an approved final
 * report, among them one whose final report is approved and not yet scored (API.md) and a draw that a
 * declined agency was left out of. Made through the services, with the demo agencies the agency part
 * put into the context. The fees and scores (an advance, the accepted, settled and closed ones) are the
 * acceptance part's ({@code acceptance.AcceptanceDemoData}, order 350): this part leaves their
 * engagements in the context under {@code engagement.demo.*}.
 */
@Singleton
public class EngagementDemoData implements DemoData {

    private static final String BUREAU = "南京市财政局";

    private final EngagementService engagements;
    private final SelectionService selections;
    private final WorkService work;
    private final CoordinationLog coordination;
    private final AgencyDirectory agencies;
    private final UserRepository users;
    private final BureauClock clock;
    private final Map<Long, Integer> load = new HashMap<>();

    public EngagementDemoData(EngagementService engagements, SelectionService selections, WorkService work, CoordinationLog coordination,
                              AgencyDirectory agencies, UserRepository users,
                              BureauClock clock) {
        this.engagements = engagements;
        this.selections = selections;
        this.work = work;
        this.coordination = coordination;
        this.agencies = agencies;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return 300;
    }

    private record Ctx(Actor staff, Actor director, long staffId, long staff2Id, List<Long> pool) {
    }

    @Override
    public void seed(DemoContext context) {
        long staffId = context.<Long>get("staffId");
        long staff2Id = context.<Long>get("staff2Id");
        Actor staff = new Actor(staffId, "staff", EnumSet.of(Role.STAFF), null);
        Actor director = new Actor(context.<Long>get("directorId"), "director", EnumSet.of(Role.ADMIN), null);
        List<Long> approved = new ArrayList<>(context.<List<Long>>get("agency.approved"));
        Long blacklisted = context.<Long>get("agency.blacklistCandidate");
        approved.remove(blacklisted);
        Ctx c = new Ctx(staff, director, staffId, staff2Id, approved);
        LocalDate today = clock.today();
        List<Long> ids = new ArrayList<>();

        // CREATED
        ids.add(create(c, "2026 年义务教育均衡发展专项资金重点绩效评价", EngagementType.KEY_EVALUATION, "南京市教育局",
                List.of("南京市栖霞区教育局", "南京市江宁区教育局"), "32000000.00", "260000.00", today.plusDays(10), today.plusMonths(4), staffId, null, null));
        // an ADMIN's fee above the cap, still waiting for selection
        ids.add(create(c, "全市养老服务体系建设政策评价", EngagementType.POLICY_EVALUATION, BUREAU, List.of("南京市民政局"),
                "80000000.00", "680000.00", today.plusDays(20), today.plusMonths(6), staff2Id, director,
                "覆盖全市 11 个区、涉及 4 项补贴政策，工作量超出限价测算口径"));

        // AGENCY_SELECTED by DRAW, after the first drawn agency declined
        long drawn = create(c, "2025 年度农村人居环境整治资金绩效运行监控", EngagementType.MONITORING, "南京市农业农村局",
                List.of("南京市六合区农业农村局"), "6000000.00", "90000.00", today, today.plusMonths(3), staffId, null, null);
        EngagementViews.SelectionView first = selections.select(staff, drawn, new EngagementCommands.Select(EngagementCommands.Method.DRAW,
                null, null, null, null, null, null));
        selections.confirm(agencyActor(first.selectedAgencyId()), drawn, new EngagementCommands.Confirmation(false, null, "本季度主评人均已满负荷，无法按期完成"));
        selections.select(staff, drawn, new EngagementCommands.Select(EngagementCommands.Method.DRAW, null, null, null, null, null, null));
        ids.add(drawn);

        // ACCEPTED_BY_AGENCY (the acceptance part pays an advance)
        long accepted = contracted(c, "部门整体支出绩效评价（南京市卫生健康委员会）", EngagementType.DEPARTMENT_OVERALL,
                "南京市卫生健康委员会", "150000000.00", "300000.00", today.minusDays(5), today.plusMonths(4));
        context.put("engagement.demo.advance", accepted);
        ids.add(accepted);

        // PLAN_SUBMITTED, chosen by procurement
        long procured = create(c, "2026 年部门预算项目事前绩效评估", EngagementType.EX_ANTE_ASSESSMENT, BUREAU,
                List.of("南京市交通运输局", "南京市水务局"), "45000000.00", "180000.00", today.minusDays(12), today.plusMonths(2), staffId, null, null);
        long procAgency = nextAgency(c);
        long evidence = work.upload(c.staff(), procured, WorkService.Purpose.PROCUREMENT, DocumentStore.Upload.of("中标（成交）结果通知书.pdf",
                SampleFiles.pdf(List.of("Procurement result notice (demo)", "Ref. NJZC2026-0318", "Competitive consultation")))).id();
        selections.select(staff, procured, new EngagementCommands.Select(EngagementCommands.Method.PROCUREMENT, procAgency, null,
                EngagementCommands.ProcurementMethod.COMPETITIVE_CONSULTATION, "NJZC2026-0318", today.minusDays(10), evidence));
        selections.confirm(agencyActor(procAgency), procured, new EngagementCommands.Confirmation(true, true, null));
        submitPlan(procured, procAgency, today.plusDays(20));
        ids.add(procured);

        // PLAN_APPROVED after a returned first round
        long planned = contracted(c, "城乡居民基本医疗保险补助资金绩效目标审核", EngagementType.TARGET_REVIEW, "南京市医疗保障局",
                "9000000.00", "60000.00", today.minusDays(20), today.plusMonths(2));
        long planner = agencyOf(planned);
        EngagementViews.PlanView p1 = submitPlan(planned, planner, today.plusDays(15));
        work.reviewPlan(staff, planned, p1.id(), new EngagementCommands.Review(EngagementCommands.Decision.RETURN, "抽样覆盖面不足，请补充区级样本"));
        EngagementViews.PlanView p2 = submitPlan(planned, planner, today.plusDays(15));
        work.reviewPlan(staff, planned, p2.id(), new EngagementCommands.Review(EngagementCommands.Decision.APPROVE, "同意按方案实施"));
        ids.add(planned);

        // IN_FIELDWORK with the coordination log
        long field = inFieldwork(c, "2025 年度保障性住房建设资金重点绩效评价", EngagementType.KEY_EVALUATION, "南京市住房保障和房产局",
                "60000000.00", "320000.00", today.minusDays(30), today.plusMonths(2));
        Actor fieldAgency = agencyActor(agencyOf(field));
        EngagementViews.IssueView issue = coordination.raise(fieldAgency, field, new EngagementCommands.IssueForm(CoordinationIssue.Category.DOCUMENTS,
                "被评价单位 2024 年项目台账尚未提供，影响数据核查"));
        coordination.resolve(staff, field, issue.id(), new EngagementCommands.Resolution("已协调住房保障局，三个工作日内提供电子台账"));
        coordination.raise(staff, field, new EngagementCommands.IssueForm(CoordinationIssue.Category.SITE_CHECK, "现场核查安排在下周二、周三，请提前报送人员名单"));
        ids.add(field);

        // REPORT_SUBMITTED (a draft)
        long drafted = inFieldwork(c, "公共文化服务体系建设专项资金绩效评价", EngagementType.KEY_EVALUATION, "南京市文化和旅游局",
                "12000000.00", "150000.00", today.minusDays(60), today.plusDays(20));
        submitReport(drafted, EngagementCommands.ReportKind.DRAFT, "评价报告（初稿）.pdf");
        ids.add(drafted);

        // REPORT_APPROVED and not yet scored (API.md)
        ids.add(reportApproved(c, "2025 年度就业补助资金绩效评价", EngagementType.KEY_EVALUATION, "南京市人力资源和社会保障局",
                "25000000.00", "200000.00", today.minusMonths(4), today.minusDays(5)));

        // REPORT_APPROVED, for the acceptance part to score GOOD and leave unpaid
        long good = reportApproved(c, "市级预算单位绩效自评抽查复核", EngagementType.SELF_EVALUATION_REVIEW, BUREAU,
                "30000000.00", "120000.00", today.minusMonths(3), today.minusDays(10));
        context.put("engagement.demo.good", good);
        ids.add(good);

        // REPORT_APPROVED, for the acceptance part: an advance, then a FAIL, the advance to be recovered
        long failed = create(c, "农业产业化龙头企业扶持资金绩效评价", EngagementType.KEY_EVALUATION, "南京市农业农村局",
                List.of("南京市高淳区农业农村局"), "20000000.00", "160000.00", today.minusMonths(5), today.minusMonths(1), staffId, null, null);
        long failedAgency = nextAgency(c);
        merit(c, failed, failedAgency);
        toReportApproved(failed, failedAgency, today.minusMonths(2));
        context.put("engagement.demo.failed", failed);
        ids.add(failed);

        // REPORT_APPROVED, for the acceptance part to score EXCELLENT and pay in full (SETTLED)
        long settled = reportApproved(c, "2024 年度城市更新专项资金绩效评价", EngagementType.KEY_EVALUATION, "南京市城乡建设委员会",
                "70000000.00", "420000.00", today.minusMonths(6), today.minusMonths(1));
        context.put("engagement.demo.settled", settled);
        ids.add(settled);

        // REPORT_APPROVED, for the acceptance part to score, pay and close (CLOSED)
        long closed = reportApproved(c, "2024 年度部门整体支出绩效评价（南京市体育局）", EngagementType.DEPARTMENT_OVERALL, "南京市体育局",
                "18000000.00", "110000.00", today.minusMonths(8), today.minusMonths(3));
        context.put("engagement.demo.closed", closed);
        ids.add(closed);

        // TERMINATED
        long terminated = contracted(c, "老旧小区加装电梯补贴政策评价", EngagementType.POLICY_EVALUATION, BUREAU,
                "5000000.00", "80000.00", today.minusDays(40), today.plusMonths(1));
        engagements.terminate(staff, terminated, "补贴政策已由省级统一调整，评价事项取消，双方协商解除委托");
        ids.add(terminated);

        context.put("engagement.ids", List.copyOf(ids));
    }

    private long create(Ctx c, String title, EngagementType type, String commissioner, List<String> units, String funds, String fee,
                        LocalDate start, LocalDate end, long supervisor, Actor admin, String overrideReason) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String u : units) {
            nodes.add(JsonNode.createObjectNode(Map.of("unit", JsonNode.createStringNode(u),
                    "project", JsonNode.createStringNode(title.length() > 20 ? title.substring(0, 20) : title))));
        }
        EngagementCommands.EngagementForm form = new EngagementCommands.EngagementForm(title, type, commissioner, nodes,
                new BigDecimal(funds), new BigDecimal(fee), start, end, supervisor, overrideReason, null);
        return engagements.create(admin == null ? c.staff() : admin, form);
    }

    /** The next agency of the pool that has fewer than two engagements of the demo (the in-progress limit is 3). */
    private long nextAgency(Ctx c) {
        long best = c.pool().get(0);
        for (long id : c.pool()) {
            if (load.getOrDefault(id, 0) < load.getOrDefault(best, 0)) {
                best = id;
            }
        }
        load.merge(best, 1, Integer::sum);
        return best;
    }

    private void merit(Ctx c, long id, long agency) {
        selections.select(c.staff(), id, new EngagementCommands.Select(EngagementCommands.Method.MERIT, agency,
                "信用等级良好，近三年同类业绩较多，主评人资质齐全", null, null, null, null));
        selections.confirm(agencyActor(agency), id, new EngagementCommands.Confirmation(true, true, null));
    }

    private long contracted(Ctx c, String title, EngagementType type, String unit, String funds, String fee, LocalDate start,
                            LocalDate end) {
        long id = create(c, title, type, BUREAU, List.of(unit), funds, fee, start, end, c.staffId(), null, null);
        merit(c, id, nextAgency(c));
        return id;
    }

    private long inFieldwork(Ctx c, String title, EngagementType type, String unit, String funds, String fee, LocalDate start, LocalDate end) {
        long id = contracted(c, title, type, unit, funds, fee, start, end);
        long agency = agencyOf(id);
        EngagementViews.PlanView plan = submitPlan(id, agency, end.isAfter(clock.today()) ? clock.today().plusDays(5) : end);
        work.reviewPlan(c.staff(), id, plan.id(), new EngagementCommands.Review(EngagementCommands.Decision.APPROVE, null));
        work.startFieldwork(agencyActor(agency), id);
        return id;
    }

    private long reportApproved(Ctx c, String title, EngagementType type, String unit, String funds, String fee, LocalDate start, LocalDate end) {
        long id = create(c, title, type, BUREAU, List.of(unit), funds, fee, start, end, c.staffId(), null, null);
        long agency = nextAgency(c);
        merit(c, id, agency);
        toReportApproved(id, agency, end);
        return id;
    }

    private void toReportApproved(long id, long agency, LocalDate milestone) {
        Actor staff = new Actor(null, "staff", EnumSet.of(Role.STAFF), null);
        EngagementViews.PlanView plan = submitPlan(id, agency, milestone);
        work.reviewPlan(staff, id, plan.id(), new EngagementCommands.Review(EngagementCommands.Decision.APPROVE, null));
        work.startFieldwork(agencyActor(agency), id);
        EngagementViews.ReportView draft = submitReport(id, EngagementCommands.ReportKind.DRAFT, "评价报告（初稿）.pdf");
        work.reviewReport(staff, id, draft.id(), new EngagementCommands.Review(EngagementCommands.Decision.APPROVE, "初稿基本可行，请完善后提交正式稿"));
        EngagementViews.ReportView fin = submitReport(id, EngagementCommands.ReportKind.FINAL, "评价报告（正式稿）.pdf");
        work.reviewReport(staff, id, fin.id(), new EngagementCommands.Review(EngagementCommands.Decision.APPROVE, null));
    }

    private EngagementViews.PlanView submitPlan(long id, long agency, LocalDate milestone) {
        List<AgencyPerson> people = agencies.people(agency);
        List<EngagementCommands.TeamMember> team = new ArrayList<>();
        people.stream().filter(p -> "LEAD_EVALUATOR".equals(p.role())).findFirst()
                .ifPresent(p -> team.add(new EngagementCommands.TeamMember(p.id(), EngagementCommands.TeamRole.LEAD, "项目负责、报告审核")));
        people.stream().filter(p -> !"LEAD_EVALUATOR".equals(p.role())).limit(2)
                .forEach(p -> team.add(new EngagementCommands.TeamMember(p.id(), EngagementCommands.TeamRole.MEMBER, "资料收集与现场核查")));
        EngagementCommands.PlanForm form = new EngagementCommands.PlanForm(team,
                List.of(new EngagementCommands.Milestone("前期调研与资料收集", milestone)),
                List.of(new EngagementCommands.Indicator("决策", new BigDecimal("15")), new EngagementCommands.Indicator("过程", new BigDecimal("25")),
                        new EngagementCommands.Indicator("产出", new BigDecimal("30")), new EngagementCommands.Indicator("效益", new BigDecimal("30"))),
                "按资金量抽取不少于 30% 的项目单位，资金覆盖率不低于 60%", "资料核查、现场勘察、问卷调查与座谈访谈相结合", null);
        return work.submitPlan(agencyActor(agency), id, form);
    }

    private EngagementViews.ReportView submitReport(long id, EngagementCommands.ReportKind kind, String name) {
        Actor agency = agencyActor(agencyOf(id));
        long doc = work.upload(agency, id, WorkService.Purpose.REPORT, DocumentStore.Upload.of(name,
                SampleFiles.pdf(List.of("Evaluation report (demo)", kind.name(), "Engagement " + id)))).id();
        return work.submitReport(agency, id, new EngagementCommands.ReportForm(kind, doc, kind == EngagementCommands.ReportKind.DRAFT
                ? "初稿，请审阅" : "已按初稿审核意见修改"));
    }

    private long agencyOf(long id) {
        return engagements.detail(new Actor(null, "system", EnumSet.of(Role.STAFF), null), id).agencyId();
    }

    /** The demo agency's own account, as the agency acts. */
    private Actor agencyActor(long agencyId) {
        User user = users.findByAgencyIdOrderByUsername(agencyId).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no account for demo agency " + agencyId));
        return new Actor(user.getId(), user.getUsername(), EnumSet.of(Role.AGENCY), agencyId);
    }
}
