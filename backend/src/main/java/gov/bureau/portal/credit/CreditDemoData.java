package gov.bureau.portal.credit;

import gov.bureau.portal.demo.DemoContext;
import gov.bureau.portal.demo.DemoData;
import gov.bureau.portal.documents.DocumentStore;
import gov.bureau.portal.documents.SampleFiles;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import gov.bureau.portal.identity.User;
import gov.bureau.portal.identity.UserRepository;
import gov.bureau.portal.platform.BureauClock;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The credit side of the demo (API.md): events of every kind and state on two agencies (in force after
 * the agency waived its window, proposed and in its window, confirmed and in its window, one under objection, an objection upheld and one dismissed, one
 * withdrawn), evidence files, one agency blacklisted after a false report, and last year's published
 * results. The agencies are the agency part's (order 200, before this one): the first of
 * {@code agency.approved} and {@code agency.blacklistCandidate}, with more of the pool when there is.
 */
@Singleton
public class CreditDemoData implements DemoData {

    private final CreditEventService events;
    private final ObjectionService objections;
    private final BlacklistService blacklist;
    private final CreditResults results;
    private final EvidenceService evidence;
    private final UserRepository users;
    private final BureauClock clock;

    public CreditDemoData(CreditEventService events, ObjectionService objections, BlacklistService blacklist,
                          CreditResults results, EvidenceService evidence, UserRepository users, BureauClock clock) {
        this.events = events;
        this.objections = objections;
        this.blacklist = blacklist;
        this.results = results;
        this.evidence = evidence;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return 400;
    }

    @Override
    public void seed(DemoContext context) {
        Actor staff = bureau("staff", Role.STAFF);
        Actor director = bureau("director", Role.ADMIN);
        long candidate = context.<Long>get("agency.blacklistCandidate");
        List<Long> pool = new ArrayList<>(context.<List<Long>>get("agency.approved"));
        pool.remove(Long.valueOf(candidate));
        long approved = pool.get(0);
        Actor approvedUser = agencyUser(approved);
        Actor candidateUser = agencyUser(candidate);

        // in force: a commendation, with its document; the agency waived its objection window, the director confirmed it
        List<Long> file = List.of(evidence.upload(staff, DocumentStore.Upload.of("表彰通报.pdf",
                SampleFiles.pdf(List.of("Commendation notice (demo)", "Municipal finance bureau, 2026")))).id());
        CreditEvent praise = propose(staff, approved, "COMMENDATION", "获市财政局 2026 年度预算绩效评价工作通报表扬（市财绩〔2026〕12 号）。", file);
        events.waiveObjection(approvedUser, praise.getId());
        events.confirm(director, praise.getId(), new CreditCommands.Confirm("表彰文件已印发"));
        // proposed and in its objection window
        propose(staff, approved, "LATE_SUBMISSION", "2026 年义务教育经费绩效评价项目工作方案逾期 5 天提交。", null);
        // confirmed by the director, still in its objection window: it counts when the window ends
        CreditEvent lateReport = propose(staff, approved, "LATE_SUBMISSION", "2026 年义务教育经费绩效评价项目评价报告逾期 3 天提交。", null);
        events.confirm(director, lateReport.getId(), new CreditCommands.Confirm("逾期事实清楚"));
        // proposed and under objection: waits for the director
        CreditEvent team = propose(staff, approved, "UNAPPROVED_TEAM_CHANGE", "项目组主评人未经同意更换为非登记人员。", null);
        objections.object(approvedUser, team.getId(), new CreditCommands.RaiseObjection(
                "主评人变更已于 5 月 3 日书面报备，并取得项目负责人同意，附报备回执。", null));
        // an objection upheld: the event is withdrawn
        CreditEvent returned = propose(staff, approved, "REPORT_RETURNED_REPEATEDLY", "评价报告第三次退回修改。", null);
        CreditObjection upheld = objections.object(approvedUser, returned.getId(), new CreditCommands.RaiseObjection(
                "第三次退回系委托方调整评价范围所致，非报告质量问题。", null));
        objections.decide(director, upheld.getId(), new CreditCommands.Decide("UPHELD", "经核实，退回系评价范围调整所致，撤销该事件。"));

        // an objection dismissed: the event comes into force
        CreditEvent obstruct = propose(staff, candidate, "OBSTRUCTED_INSPECTION", "执业质量检查时拒绝提供工作底稿。", null);
        CreditObjection dismissed = objections.object(candidateUser, obstruct.getId(), new CreditCommands.RaiseObjection(
                "检查当日底稿在外审阅，次日已补交。", null));
        objections.decide(director, dismissed.getId(), new CreditCommands.Decide("DISMISSED", "检查通知已提前三日送达，理由不成立。"));
        // withdrawn by the director
        CreditEvent leak = propose(staff, candidate, "CONFIDENTIALITY_BREACH", "群众反映项目资料外泄。", null);
        events.withdraw(director, leak.getId(), new CreditCommands.Withdraw("经调查，反映情况不属实。"));
        // a false report: acknowledged by the agency (it waived its window), confirmed and blacklisted for the default period
        CreditEvent falseReport = propose(staff, candidate, "FALSE_REPORT", "复核发现评价报告中 12 项核心数据与原始凭证严重不符。", null);
        events.waiveObjection(candidateUser, falseReport.getId());
        events.confirm(director, falseReport.getId(), new CreditCommands.Confirm("复核报告结论明确"));
        blacklist.blacklist(director, candidate, new CreditCommands.Blacklist("出具严重失实的评价报告", null,
                "复核报告（2026 年 7 月）及原始凭证比对表", falseReport.getId(), null));

        // more of the pool: a commendation in force, a subcontracting breach in force (grade C)
        if (pool.size() > 2) {
            CreditEvent commended = propose(staff, pool.get(1), "COMMENDATION", "获省财政厅预算绩效管理工作通报表扬。", null);
            events.waiveObjection(agencyUser(pool.get(1)), commended.getId());
            events.confirm(director, commended.getId(), new CreditCommands.Confirm(null));
            CreditEvent sub = propose(staff, pool.get(2), "UNAUTHORISED_SUBCONTRACTING", "将现场核查工作转包给未入库机构。", null);
            events.waiveObjection(agencyUser(pool.get(2)), sub.getId());
            events.confirm(director, sub.getId(), new CreditCommands.Confirm("转包协议原件在案"));
        }

        int lastYear = clock.today().getYear() - 1;
        if (results.find(lastYear).isEmpty()) {
            results.publish(director, lastYear, "演示数据：年度信用评价结果");
        }
        context.put("credit.objectedEventId", team.getId());
    }

    private CreditEvent propose(Actor staff, long agencyId, String type, String text, List<Long> fileIds) {
        return events.propose(staff, new CreditCommands.ProposeEvent(agencyId, type, null, text, null, fileIds));
    }

    private Actor bureau(String username, Role role) {
        User u = users.findByUsername(username).orElseThrow(() -> new IllegalStateException("demo user " + username + " missing"));
        return new Actor(u.getId(), u.getUsername(), EnumSet.of(role), null);
    }

    private Actor agencyUser(long agencyId) {
        User u = users.findByAgencyIdOrderByUsername(agencyId).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("agency " + agencyId + " has no account"));
        return new Actor(u.getId(), u.getUsername(), EnumSet.of(Role.AGENCY), agencyId);
    }
}
