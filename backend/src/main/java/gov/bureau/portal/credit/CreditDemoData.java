package gov.bureau.portal.credit;

import gov.bureau.portal.demo.DemoContext;
import gov.bureau.portal.demo.DemoData;

import gov.bureau.portal.agency.AgencyCommands;
import gov.bureau.portal.agency.AgencyService;
import gov.bureau.portal.agency.AgencyType;
import gov.bureau.portal.agency.DocumentCategory;
import gov.bureau.portal.agency.DocumentService;
import gov.bureau.portal.agency.ProfileData;
import gov.bureau.portal.agency.RegistrationService;
import gov.bureau.portal.agency.Review;
import gov.bureau.portal.agency.validation.ResidentId;
import gov.bureau.portal.agency.validation.Uscc;
import gov.bureau.portal.identity.Actor;
import gov.bureau.portal.identity.Role;
import gov.bureau.portal.identity.User;
import gov.bureau.portal.identity.UserRepository;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The credit side of the demo (API.md): events of every kind and state on two agencies (in force,
 * proposed and in its window, one under objection, an objection upheld and one dismissed, one
 * withdrawn), evidence files, one agency blacklisted after a false report, and last year's published
 * results. The agencies are the agency part's {@code agency.approved} and
 * {@code agency.blacklistCandidate}; without them (the agency part not installed) two agencies are
 * registered, profiled and approved here through the agency area's services.
 */
@Singleton
public class CreditDemoData implements DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(CreditDemoData.class);

    private final CreditEventService events;
    private final ObjectionService objections;
    private final BlacklistService blacklist;
    private final CreditResults results;
    private final EvidenceService evidence;
    private final UserRepository users;
    private final RegistrationService registrations;
    private final AgencyService agencyService;
    private final DocumentService documents;
    private final JsonMapper json;
    private final BureauClock clock;

    public CreditDemoData(CreditEventService events, ObjectionService objections, BlacklistService blacklist,
                          CreditResults results, EvidenceService evidence, UserRepository users,
                          RegistrationService registrations, AgencyService agencyService, DocumentService documents,
                          JsonMapper json, BureauClock clock) {
        this.events = events;
        this.objections = objections;
        this.blacklist = blacklist;
        this.results = results;
        this.evidence = evidence;
        this.users = users;
        this.registrations = registrations;
        this.agencyService = agencyService;
        this.documents = documents;
        this.json = json;
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
        long candidate = agency(context, "agency.blacklistCandidate", "江苏恒信资产评估有限公司", "creditdemo2", "00000002");
        List<Long> pool = pool(context, candidate);
        long approved = pool.get(0);
        Actor approvedUser = agencyUser(approved);
        Actor candidateUser = agencyUser(candidate);

        // in force: a commendation, with its document, confirmed by the director
        List<Long> file = List.of(evidence.upload(staff, gov.bureau.portal.documents.DocumentStore.Upload.of("表彰通报.pdf", pdf("Commendation notice"))).id());
        CreditEvent praise = propose(staff, approved, "COMMENDATION", "获市财政局 2026 年度预算绩效评价工作通报表扬（市财绩〔2026〕12 号）。", file);
        events.confirm(director, praise.getId(), new CreditCommands.Confirm("表彰文件已印发"));
        // proposed and in its objection window
        propose(staff, approved, "LATE_SUBMISSION", "2026 年义务教育经费绩效评价项目工作方案逾期 5 天提交。", null);
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
        // a false report: confirmed and blacklisted for the default period
        CreditEvent falseReport = propose(staff, candidate, "FALSE_REPORT", "复核发现评价报告中 12 项核心数据与原始凭证严重不符。", null);
        events.confirm(director, falseReport.getId(), new CreditCommands.Confirm("复核报告结论明确"));
        blacklist.blacklist(director, candidate, new CreditCommands.Blacklist("出具严重失实的评价报告", null,
                "复核报告（2026 年 7 月）及原始凭证比对表", falseReport.getId()));

        // more of the pool: a commendation in force, a subcontracting breach in force (grade C)
        if (pool.size() > 2) {
            CreditEvent commended = propose(staff, pool.get(1), "COMMENDATION", "获省财政厅预算绩效管理工作通报表扬。", null);
            events.confirm(director, commended.getId(), new CreditCommands.Confirm(null));
            CreditEvent sub = propose(staff, pool.get(2), "UNAUTHORISED_SUBCONTRACTING", "将现场核查工作转包给未入库机构。", null);
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

    /** The agency part's approved agencies other than the blacklist candidate, or one registered here. */
    private List<Long> pool(DemoContext context, long candidate) {
        List<Long> pool = new java.util.ArrayList<>();
        try {
            Object value = context.get("agency.approved");
            if (value instanceof Number n) {
                pool.add(n.longValue());
            } else if (value instanceof java.util.Collection<?> c) {
                c.forEach(v -> pool.add(((Number) v).longValue()));
            }
        } catch (IllegalStateException absent) {
            // registered below
        }
        pool.remove(Long.valueOf(candidate));
        if (pool.isEmpty()) {
            pool.add(agency(context, "credit.demoApproved", "南京诚信会计师事务所", "creditdemo1", "00000001"));
        }
        return pool;
    }

    private long agency(DemoContext context, String key, String name, String username, String orgBody) {
        try {
            Object id = context.get(key);
            return ((Number) id).longValue();
        } catch (IllegalStateException absent) {
            LOG.info("Demo: {} not seeded by the agency part; registering {} here", key, name);
            long id = registerApproved(name, username, orgBody, context.password());
            context.put(key, id);
            return id;
        }
    }

    /** Registration, profile, licence, submission and approval, through the agency area's services. */
    private long registerApproved(String name, String username, String orgBody, String password) {
        String uscc = Uscc.compose("91", "320100", orgBody);
        long id = registrations.register(new AgencyCommands.Registration(username, password, name, uscc,
                AgencyType.ACCOUNTING_FIRM, "王联系", "13912345678", "contact@example.cn"));
        Actor owner = agencyUser(id);
        agencyService.updateMine(owner, profile(name, uscc), null);
        documents.upload(owner, DocumentCategory.BUSINESS_LICENCE,
                gov.bureau.portal.documents.DocumentStore.Upload.of("营业执照.pdf", pdf("Business licence")));
        agencyService.submitMine(owner);
        agencyService.review(bureau("director", Role.ADMIN), id,
                new AgencyCommands.ReviewDecision(Review.Decision.APPROVE, "材料齐全，准予入库", null));
        return id;
    }

    private ProfileData profile(String name, String uscc) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("uscc", uscc);
        p.put("agencyType", "ACCOUNTING_FIRM");
        p.put("independentLegalPerson", true);
        p.put("registeredAddress", "江苏省南京市鼓楼区中山北路 100 号");
        p.put("foundedOn", "2008-06-18");
        p.put("registeredCapital", "5000000.00");
        p.put("contactName", "王联系");
        p.put("contactPhone", "025-83456789");
        p.put("email", "contact@example.cn");
        p.put("businessScope", "审计、会计咨询、预算绩效评价");
        p.put("qualitySystem", "三级复核制度；项目资料保密制度");
        p.put("legalRepresentative", Map.of("name", "陈法人", "idType", "RESIDENT_ID",
                "idNumber", ResidentId.compose("320106", LocalDate.of(1972, 3, 14), 215), "phone", "13800138000"));
        p.put("leadEvaluators", List.of(Map.of("name", "张主评", "idType", "RESIDENT_ID",
                "idNumber", ResidentId.compose("320102", LocalDate.of(1980, 5, 12), 123), "title", "高级会计师",
                "yearsExperience", 12, "certificates", List.of(Map.of("certType", "注册会计师", "certNumber", "320100010023",
                        "issuedOn", "2010-01-01", "expiresOn", clock.today().plusYears(2).toString())))));
        p.put("trackRecord", List.of(Map.of("client", "南京市某区财政局", "project", "2023 年义务教育经费绩效评价",
                "year", 2024, "amount", "180000.00", "result", "优秀", "workType", "KEY_EVALUATION")));
        p.put("declarationAccepted", true);
        try {
            return json.readValue(json.writeValueAsBytes(p), ProfileData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf(String title) {
        return ("%PDF-1.4\n% " + title + "\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }
}
