package gov.bureau.portal.experts;

import gov.bureau.portal.agency.validation.ResidentId;
import gov.bureau.portal.demo.DemoContext;
import gov.bureau.portal.demo.DemoData;
import gov.bureau.portal.engagement.EngagementFacts;
import gov.bureau.portal.engagement.ReviewPanels;
import gov.bureau.portal.identity.UserCommands;
import gov.bureau.portal.identity.UserService;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo experts and panels (order 500, after the engagements): experts {@code expert1} … {@code expert10}
 * with accounts, two self-registered experts waiting for review ({@code expert11}, {@code expert12}), a
 * paused and a removed expert; panels in every state: open with opinions on a submitted report, open
 * with a declined and redrawn seat on a submitted plan, closed with fees (one paid) and a rating.
 */
@Singleton
public class ExpertsDemoData implements DemoData {

    private static final String SPECIALTY = "FINANCE_ACCOUNTING";

    private final ExpertService experts;
    private final ExpertRegistrations registrations;
    private final PanelDrawService panels;
    private final PanelOpinionService opinions;
    private final PanelReviewGate reviews;
    private final FeeService fees;
    private final UserService users;
    private final EngagementFacts engagements;

    ExpertsDemoData(ExpertService experts, ExpertRegistrations registrations, PanelDrawService panels, PanelOpinionService opinions,
                    PanelReviewGate reviews, FeeService fees, UserService users, EngagementFacts engagements) {
        this.experts = experts;
        this.registrations = registrations;
        this.panels = panels;
        this.opinions = opinions;
        this.reviews = reviews;
        this.fees = fees;
        this.users = users;
        this.engagements = engagements;
    }

    @Override
    public int getOrder() {
        return 500;
    }

    private record Person(String name, ExpertTitle title, String employer, List<String> specialties) {
    }

    @Override
    public void seed(DemoContext context) {
        Actor staff = new Actor(context.<Long>get("staffId"), "staff", EnumSet.of(Role.STAFF), null);
        Actor director = new Actor(context.<Long>get("directorId"), "director", EnumSet.of(Role.ADMIN), null);
        List<Person> people = List.of(
                new Person("周立新", ExpertTitle.SENIOR, "南京财经大学", List.of(SPECIALTY, "KEY_EVALUATION", "EDUCATION")),
                new Person("吴晓梅", ExpertTitle.SENIOR, "东南大学经济管理学院", List.of(SPECIALTY, "POLICY_EVALUATION")),
                new Person("郑国平", ExpertTitle.INTERMEDIATE, "江苏省财政科学研究所", List.of(SPECIALTY, "DEPARTMENT_OVERALL")),
                new Person("冯雅琴", ExpertTitle.SENIOR, "河海大学商学院", List.of(SPECIALTY, "ENVIRONMENT", "INFRASTRUCTURE")),
                new Person("陈志远", ExpertTitle.INTERMEDIATE, "南京审计大学", List.of(SPECIALTY, "MONITORING")),
                new Person("褚海燕", ExpertTitle.OTHER, "江苏省卫生经济学会", List.of(SPECIALTY, "HEALTH")),
                new Person("卫明哲", ExpertTitle.SENIOR, "南京农业大学", List.of(SPECIALTY, "AGRICULTURE")),
                new Person("蒋文静", ExpertTitle.INTERMEDIATE, "江苏省交通规划设计院", List.of(SPECIALTY, "TRANSPORT")),
                new Person("沈建华", ExpertTitle.SENIOR, "江苏省社会科学院", List.of(SPECIALTY, "SOCIAL_SECURITY")),
                new Person("韩丽娟", ExpertTitle.INTERMEDIATE, "南京市律师协会", List.of(SPECIALTY, "LAW")));
        Map<Long, Actor> accounts = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            long id = experts.create(staff, form(p, i));
            String username = "expert" + (i + 1);
            Long userId = users.create(director, new UserCommands.CreateUser(username, p.name(), Set.of(Role.EXPERT),
                    context.password(), true, null, null, id));
            accounts.put(id, new Actor(userId, username, EnumSet.of(Role.EXPERT), null, null, id));
            ids.add(id);
        }
        // waiting for review: two self-registrations
        registrations.register(registration(new Person("杨光明", ExpertTitle.SENIOR, "南京工业大学", List.of(SPECIALTY, "SCIENCE_TECHNOLOGY")),
                20, "expert11", context.password()));
        registrations.register(registration(new Person("朱晓燕", ExpertTitle.OTHER, "江苏省文化馆", List.of("CULTURE_TOURISM")),
                21, "expert12", context.password()));
        // paused and removed
        long paused = experts.create(staff, form(new Person("秦思远", ExpertTitle.SENIOR, "南京大学政府管理学院", List.of(SPECIALTY)), 30));
        experts.changeStatus(staff, paused, new ExpertCommands.StatusChange(ExpertStatus.PAUSED, "出国访学一年"));
        long removed = experts.create(staff, form(new Person("尤建国", ExpertTitle.INTERMEDIATE, "某咨询公司", List.of(SPECIALTY)), 31));
        experts.changeStatus(staff, removed, new ExpertCommands.StatusChange(ExpertStatus.REMOVED, "评审意见多次敷衍，经研究移出专家库"));

        List<Long> engagementIds = context.get("engagement.ids");
        Long reportRound = inState(engagementIds, "REPORT_SUBMITTED");
        Long planRound = inState(engagementIds, "PLAN_SUBMITTED");
        Long fieldwork = inState(engagementIds, "IN_FIELDWORK");

        // an open report panel with two opinions given
        if (reportRound != null) {
            ExpertViews.PanelView p = panels.draw(staff, reportRound, new ExpertCommands.PanelRequest(3, SPECIALTY,
                    ExpertCommands.Purpose.REPORT, new BigDecimal("1.0")));
            opinion(p, accounts.get(p.members().get(0)), Consolidation.Verdict.PASS, null);
            opinion(p, accounts.get(p.members().get(1)), Consolidation.Verdict.REVISE, "样本单位的满意度问卷回收率偏低，建议补充说明");
        }
        // an open plan panel where one expert declined and the seat was redrawn
        if (planRound != null) {
            ExpertViews.PanelView p = panels.draw(staff, planRound, new ExpertCommands.PanelRequest(3, SPECIALTY,
                    ExpertCommands.Purpose.PLAN, null));
            long first = p.members().get(0);
            panels.decline(accounts.get(first), p.id(), first, new ExpertCommands.Decline("评审当日已有授课安排"));
        }
        // a closed plan panel: every member gave an opinion, the plan was approved, fees are payable, one paid, one rated
        if (fieldwork != null) {
            ExpertViews.PanelView p = panels.draw(staff, fieldwork, new ExpertCommands.PanelRequest(3, SPECIALTY,
                    ExpertCommands.Purpose.PLAN, new BigDecimal("0.5")));
            for (long member : p.members()) {
                opinion(p, accounts.get(member), Consolidation.Verdict.PASS, "方案总体可行");
            }
            reviews.afterDecision(staff, fieldwork, ReviewPanels.Reviewed.PLAN, true);
            long member = p.members().get(0);
            opinions.rate(staff, p.id(), new ExpertCommands.Rating(member, 5, 4, "意见具体，按时提交"));
            fees.list("PAYABLE", member, gov.bureau.portal.common.PageQuery.of(0, 20, "createdAt,desc")).content().stream()
                    .filter(f -> f.panelId() == p.id()).findFirst()
                    .ifPresent(f -> fees.pay(staff, f.id(), new ExpertCommands.Payment(LocalDate.now(), "ZJF-2026-001")));
        }
        context.put("experts.ids", List.copyOf(ids));
    }

    private Long inState(List<Long> engagementIds, String state) {
        return engagementIds.stream().filter(id -> engagements.facts(id).map(f -> state.equals(f.state())).orElse(false))
                .findFirst().orElse(null);
    }

    private void opinion(ExpertViews.PanelView p, Actor expert, Consolidation.Verdict verdict, String comment) {
        List<ExpertCommands.ItemPoints> items = p.checklist().stream()
                .map(c -> new ExpertCommands.ItemPoints(c.id(), BigDecimal.valueOf(c.maxPoints() * (verdict == Consolidation.Verdict.PASS ? 9 : 7) / 10)))
                .toList();
        opinions.opinion(expert, p.id(), new ExpertCommands.Opinion(verdict, items, comment));
    }

    private static ExpertCommands.ExpertForm form(Person p, int n) {
        return new ExpertCommands.ExpertForm(p.name(), id(n), p.title(), p.specialties(), p.employer(), "1391234" + String.format("%04d", n),
                null, "中国银行南京分行", "62166100" + String.format("%011d", 1000 + n), null);
    }

    private static ExpertCommands.Registration registration(Person p, int n, String username, String password) {
        return new ExpertCommands.Registration(p.name(), id(n), p.title(), p.specialties(), p.employer(),
                "1391234" + String.format("%04d", n), null, "中国工商银行南京分行", "62220201" + String.format("%011d", 2000 + n),
                username, password);
    }

    private static String id(int n) {
        return ResidentId.compose("320102", LocalDate.of(1965 + n % 20, 1 + n % 12, 1 + n % 27), 100 + n);
    }
}
