package gov.bureau.portal.agency;

import gov.bureau.portal.documents.DocumentStore;
import gov.bureau.portal.agency.validation.ResidentId;
import gov.bureau.portal.agency.validation.Uscc;
import gov.bureau.portal.demo.DemoContext;
import gov.bureau.portal.demo.DemoData;
import gov.bureau.portal.documents.SampleFiles;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import gov.bureau.portal.identity.UserRepository;
import gov.bureau.portal.platform.BureauClock;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The demo's agencies (API.md: agencies in every status, some waiting for review, one suspended),
 * made through the same services as real ones: registered by their accounts {@code agency1} …
 * {@code agency15}, filled in, documents uploaded, submitted and decided by {@code staff}.
 * Puts {@code agency.approved} (ids in the pool), {@code agency.blacklistCandidate} (an approved
 * agency the credit part blacklists), {@code agency.suspended}, {@code agency.submitted} and
 * {@code agency.byUsername.agencyN} into the context.
 */
@Singleton
public class AgencyDemoData implements DemoData {

    private final RegistrationService registrations;
    private final AgencyService agencies;
    private final AgencyReviewService reviews;
    private final DocumentService documents;
    private final UserRepository users;
    private final BureauClock clock;

    AgencyDemoData(RegistrationService registrations, AgencyService agencies, AgencyReviewService reviews, DocumentService documents,
                   UserRepository users, BureauClock clock) {
        this.registrations = registrations;
        this.agencies = agencies;
        this.reviews = reviews;
        this.documents = documents;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return 200;
    }

    /** What happens to a demo agency after it registered. */
    private enum Fate { DRAFT, SUBMITTED, RESUBMITTED, RETURNED, APPROVED, CHANGE_SUBMITTED, SUSPENDED, REJECTED, WITHDRAWN }

    private record Spec(String name, AgencyType type, String head, String division, String orgBody, Fate fate,
                        String contact, String city) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("江苏金陵会计师事务所（特殊普通合伙）", AgencyType.ACCOUNTING_FIRM, "91", "320100", "MA1MJL01", Fate.APPROVED, "周敏", "南京市鼓楼区"),
            new Spec("南京恒信资产评估有限公司", AgencyType.ASSET_APPRAISAL, "91", "320102", "MA1HX002", Fate.APPROVED, "吴晓峰", "南京市玄武区"),
            new Spec("江苏正衡工程咨询有限公司", AgencyType.CONSULTING, "91", "320104", "MA1JH003", Fate.APPROVED, "郑丽", "南京市秦淮区"),
            new Spec("江苏天衡律师事务所", AgencyType.LAW_FIRM, "31", "320000", "E4660004", Fate.APPROVED, "王建国", "南京市建邺区"),
            new Spec("金陵财经学院绩效评价中心", AgencyType.UNIVERSITY, "12", "320000", "46600005", Fate.APPROVED, "李教授", "南京市栖霞区"),
            new Spec("江苏省公共财政研究院", AgencyType.RESEARCH_INSTITUTE, "12", "320000", "46600006", Fate.APPROVED, "陈研究", "南京市鼓楼区"),
            new Spec("苏州明诚会计师事务所有限公司", AgencyType.ACCOUNTING_FIRM, "91", "320505", "MA1MC007", Fate.APPROVED, "徐明", "苏州市虎丘区"),
            new Spec("无锡华誉资产评估事务所", AgencyType.ASSET_APPRAISAL, "91", "320211", "MA1HY008", Fate.SUSPENDED, "顾华", "无锡市滨湖区"),
            new Spec("常州致远管理咨询有限公司", AgencyType.CONSULTING, "91", "320411", "MA1JY009", Fate.SUBMITTED, "钱远", "常州市新北区"),
            new Spec("扬州信达会计师事务所", AgencyType.ACCOUNTING_FIRM, "91", "321002", "MA1XD010", Fate.RESUBMITTED, "孙信", "扬州市广陵区"),
            new Spec("镇江博瑞咨询有限公司", AgencyType.CONSULTING, "91", "321102", "MA1BR011", Fate.RETURNED, "周博", "镇江市京口区"),
            new Spec("徐州汇通会计师事务所", AgencyType.ACCOUNTING_FIRM, "91", "320302", "MA1HT012", Fate.DRAFT, "吴通", "徐州市鼓楼区"),
            new Spec("淮安诚达资产评估有限公司", AgencyType.ASSET_APPRAISAL, "91", "320803", "MA1CD013", Fate.REJECTED, "郑诚", "淮安市淮安区"),
            new Spec("南通启航律师事务所", AgencyType.LAW_FIRM, "31", "320600", "E4660014", Fate.WITHDRAWN, "王启", "南通市崇川区"),
            new Spec("盐城中正会计师事务所有限公司", AgencyType.ACCOUNTING_FIRM, "91", "320902", "MA1JW015", Fate.CHANGE_SUBMITTED, "冯正", "盐城市亭湖区"));

    private static final String[] LEAD_NAMES = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷",
            "徐浩", "孙悦", "胡军", "朱琳", "高翔", "林雪", "何平", "郭亮", "马丽", "罗斌"};
    private static final String[] UNITS = {"南京市鼓楼区教育局", "南京市玄武区卫生健康委员会", "苏州市虎丘区农业农村局",
            "无锡市滨湖区住房和城乡建设局", "南京市秦淮区民政局", "常州市新北区交通运输局"};

    @Override
    public void seed(DemoContext context) {
        Actor staff = new Actor(context.<Long>get("staffId"), "staff", EnumSet.of(Role.STAFF), null);
        List<Long> approved = new ArrayList<>();
        List<Long> submitted = new ArrayList<>();
        for (int i = 0; i < SPECS.size(); i++) {
            Spec spec = SPECS.get(i);
            String username = "agency" + (i + 1);
            String uscc = Uscc.compose(spec.head(), spec.division(), spec.orgBody());
            long id = registrations.register(new AgencyCommands.Registration(username, context.password(), spec.name(), uscc,
                    spec.type(), spec.contact(), String.format("139%08d", 51_000_000 + i * 7_919), "office" + (i + 1) + "@demo-agency.cn"));
            Actor agency = new Actor(userId(id), username, EnumSet.of(Role.AGENCY), id);
            context.put("agency.byUsername." + username, id);
            if (spec.fate() == Fate.DRAFT) {
                agencies.updateMine(agency, partial(spec, uscc), null);
                continue;
            }
            agencies.updateMine(agency, profile(spec, uscc, i), null);
            upload(agency, DocumentCategory.BUSINESS_LICENCE, "营业执照.pdf", SampleFiles.pdf(List.of("Business licence (demo)",
                    spec.name().length() + " characters", "USCC " + uscc)));
            upload(agency, DocumentCategory.QUALITY_CONTROL, "质量控制与保密制度.pdf", SampleFiles.pdf(List.of(
                    "Quality control and confidentiality rules (demo)", "Three levels of review", "Records kept 10 years")));
            upload(agency, DocumentCategory.CERTIFICATE, "主评人证书.png", SampleFiles.png(320, 200, 0x4A90D9 + i * 0x0A0A00));
            agencies.submitMine(agency);
            switch (spec.fate()) {
                case SUBMITTED -> submitted.add(id);
                case RESUBMITTED -> {
                    review(staff, id, Review.Decision.RETURN, "注册资本与营业执照记载不一致，请核实",
                            List.of(new AgencyCommands.FieldComment("registeredCapital", "营业执照载明注册资本 800 万元")));
                    agencies.updateMine(agency, withCapital(agencies.mine(agency).profile(), new BigDecimal("8000000.00")), null);
                    agencies.submitMine(agency);
                    submitted.add(id);
                }
                case RETURNED -> review(staff, id, Review.Decision.RETURN, "主评人证书扫描件不清晰，请重新上传",
                        List.of(new AgencyCommands.FieldComment("leadEvaluators[0].certificates", "证书编号无法辨认")));
                case REJECTED -> review(staff, id, Review.Decision.REJECT, "近三年无预算绩效评价业绩，不符合入库条件", List.of());
                default -> {
                    review(staff, id, Review.Decision.APPROVE, "材料齐全，准予入库", List.of());
                    switch (spec.fate()) {
                        case SUSPENDED -> reviews.suspend(staff, id, "执业质量检查发现底稿缺失，暂停入库资格待整改");
                        case WITHDRAWN -> agencies.withdrawMine(agency, "业务调整，申请退出机构库");
                        case CHANGE_SUBMITTED -> {
                            agencies.updateMine(agency, withNewAddress(agencies.mine(agency).profile(), "江苏省" + spec.city() + "解放东路 66 号"), null);
                            agencies.submitMine(agency);
                            submitted.add(id);
                            approved.add(id);
                        }
                        default -> approved.add(id);
                    }
                }
            }
        }
        context.put("agency.approved", List.copyOf(approved));
        context.put("agency.submitted", List.copyOf(submitted));
        context.put("agency.blacklistCandidate", context.<Long>get("agency.byUsername.agency7"));
        context.put("agency.suspended", context.<Long>get("agency.byUsername.agency8"));
    }

    private long userId(long agencyId) {
        return users.findByAgencyIdOrderByUsername(agencyId).get(0).getId();
    }

    private void review(Actor staff, long id, Review.Decision decision, String comment, List<AgencyCommands.FieldComment> fields) {
        reviews.review(staff, id, new AgencyCommands.ReviewDecision(decision, comment, fields));
    }

    private void upload(Actor agency, DocumentCategory category, String name, byte[] bytes) {
        documents.upload(agency, category, DocumentStore.Upload.of(name, bytes));
    }

    private static ProfileData partial(Spec spec, String uscc) {
        return new ProfileData(spec.name(), uscc, spec.type(), true, null, "江苏省" + spec.city() + "淮海路 18 号", null, null,
                spec.contact(), "13951000000", "draft@demo-agency.cn", null, null, null, null, null, null, null, null, null,
                false, null, null);
    }

    private ProfileData profile(Spec spec, String uscc, int i) {
        LocalDate today = clock.today();
        List<ProfileData.Person> leads = new ArrayList<>();
        int count = 1 + i % 3;
        for (int k = 0; k < count; k++) {
            String name = LEAD_NAMES[(i * 3 + k) % LEAD_NAMES.length];
            // agency 2 has a certificate that expires within the warning period, agency 3 one that has expired
            LocalDate expires = i == 1 && k == 0 ? today.plusDays(12) : i == 2 && k == 1 ? today.minusDays(20)
                    : today.plusYears(2 + k).withDayOfMonth(1);
            leads.add(new ProfileData.Person(null, name, IdType.RESIDENT_ID,
                    ResidentId.compose(spec.division().startsWith("32") ? spec.division().substring(0, 4) + "02" : "320102",
                            LocalDate.of(1970 + (i * 7 + k * 5) % 25, 1 + (i + k) % 12, 1 + (i * 3 + k) % 28), 100 + i * 10 + k),
                    k == 0 ? "高级会计师" : "注册会计师", null, null, null, 8 + (i + k) % 15,
                    String.format("138%08d", 21_000_000 + i * 131 + k),
                    List.of(new ProfileData.CertificateData(spec.type() == AgencyType.ASSET_APPRAISAL ? "资产评估师" : "注册会计师",
                            String.format("32%04d%06d", 2005 + k, 10_000 + i * 37 + k), today.minusYears(8 + k), expires))));
        }
        List<ProfileData.TrackEntry> track = List.of(
                new ProfileData.TrackEntry(null, "南京市财政局", "2024 年度义务教育薄弱环节改善项目重点绩效评价", today.getYear() - 1,
                        new BigDecimal(180_000 + i * 5_000).setScale(2), "良好", "KEY_EVALUATION"),
                new ProfileData.TrackEntry(null, UNITS[i % UNITS.length], "部门整体支出绩效评价", today.getYear() - 2,
                        new BigDecimal(95_000 + i * 3_000).setScale(2), "优秀", "DEPARTMENT_OVERALL"),
                new ProfileData.TrackEntry(null, "江苏省财政厅", "专项资金绩效目标审核", today.getYear() - 1,
                        new BigDecimal(60_000).setScale(2), "合格", i % 2 == 0 ? "TARGET_REVIEW" : "MONITORING"));
        ProfileData p = new ProfileData(spec.name(), uscc, spec.type(), true, null, "江苏省" + spec.city() + "中山路 " + (10 + i) + " 号",
                LocalDate.of(2001 + i % 15, 1 + i % 12, 8), new BigDecimal(2_000_000 + i * 500_000).setScale(2), spec.contact(),
                String.format("025-8%07d", 3_456_000 + i), "office@demo-agency" + (i + 1) + ".cn", // an own domain per agency: a shared one would relate them (DOMAIN.md §12)
                "审计、会计咨询、资产评估、预算绩效评价、财务管理咨询",
                "实行项目负责人、部门经理、质控合伙人三级复核；工作底稿专人保管十年；从业人员签署保密承诺。",
                new ProfileData.LegalRepresentative(LEAD_NAMES[(i + 7) % LEAD_NAMES.length], IdType.RESIDENT_ID,
                        ResidentId.compose("320106", LocalDate.of(1965 + i % 10, 3 + i % 9, 10 + i % 18), 200 + i),
                        String.format("139%08d", 87_000_000 + i * 17)),
                leads,
                i % 2 == 0 ? List.of(new ProfileData.BranchData(null, spec.name().substring(0, 2) + "分所", "江苏省苏州市姑苏区人民路 "
                        + (100 + i) + " 号", "刘分", "0512-6677" + String.format("%04d", 1000 + i))) : List.of(),
                List.of(new ProfileData.Person(null, "蒋教授", null, null, "教授", "教育经费管理", "金陵财经学院", null, null, null, List.of()),
                        new ProfileData.Person(null, "沈高工", null, null, "高级工程师", "工程造价", "江苏某设计院", null, null, null, List.of())),
                List.of(new ProfileData.Person(null, "韩助理", null, null, "会计师", null, null, "项目助理", 3, null, List.of())),
                track, null, true,
                List.of(new ProfileData.InterestUnitData(null, UNITS[(i + 2) % UNITS.length], "常年财务顾问")),
                List.of(new ProfileData.ShareholderData(null, Shareholder.HolderKind.PERSON, LEAD_NAMES[(i + 7) % LEAD_NAMES.length],
                        IdType.RESIDENT_ID, ResidentId.compose("320106", LocalDate.of(1965 + i % 10, 3 + i % 9, 10 + i % 18), 200 + i),
                        new BigDecimal("60.00"))));
        return p.normalised();
    }

    private static ProfileData withCapital(ProfileData p, BigDecimal capital) {
        return new ProfileData(p.name(), p.uscc(), p.agencyType(), p.independentLegalPerson(), p.headOffice(),
                p.registeredAddress(), p.foundedOn(), capital, p.contactName(), p.contactPhone(), p.email(), p.businessScope(),
                p.qualitySystem(), p.legalRepresentative(), p.leadEvaluators(), p.branches(), p.experts(),
                p.otherPractitioners(), p.trackRecord(), p.documents(), p.declarationAccepted(), p.interestUnits(), p.shareholders());
    }

    private static ProfileData withNewAddress(ProfileData p, String address) {
        return new ProfileData(p.name(), p.uscc(), p.agencyType(), p.independentLegalPerson(), p.headOffice(), address,
                p.foundedOn(), p.registeredCapital(), p.contactName(), p.contactPhone(), p.email(), p.businessScope(),
                p.qualitySystem(), p.legalRepresentative(), p.leadEvaluators(), p.branches(), p.experts(),
                p.otherPractitioners(), p.trackRecord(), p.documents(), p.declarationAccepted(), p.interestUnits(), p.shareholders());
    }
}
