package gov.bureau.portal.supervision;

import gov.bureau.portal.demo.DemoContext;
import gov.bureau.portal.demo.DemoData;
import gov.bureau.portal.documents.DocumentStore;
import gov.bureau.portal.documents.SampleFiles;
import gov.bureau.portal.identity.User;
import gov.bureau.portal.identity.UserRepository;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;

/**
 * The supervision side of the demo (after credit, order 500): a practice-quality inspection of this year
 * over the whole active pool with items in every state (sampled, papers requested, papers submitted,
 * a finding of fabricated working papers that proposed its credit event, rectified, concluded), published;
 * and a re-check of the engagements accepted this year when there are any. Credit repair applications are
 * not seeded: every demo event starts today, inside its minimum disclosure period.
 */
@Singleton
public class SupervisionDemoData implements DemoData {

    private final InspectionSampling inspections;
    private final InspectionPapers papers;
    private final InspectionFindings findings;
    private final UserRepository users;
    private final BureauClock clock;

    public SupervisionDemoData(InspectionSampling inspections, InspectionPapers papers, InspectionFindings findings, UserRepository users,
                               BureauClock clock) {
        this.inspections = inspections;
        this.papers = papers;
        this.findings = findings;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return 500;
    }

    @Override
    public void seed(DemoContext context) {
        Actor staff = bureau("staff", Role.STAFF);
        int year = clock.today().getYear();
        if (!inspections.activePool().isEmpty() && !inspections.staffPool().isEmpty()) {
            SupervisionViews.Opened pq = inspections.open(staff, new SupervisionCommands.OpenInspection(year,
                    InspectionKind.PRACTICE_QUALITY, BigDecimal.ONE, 1));
            List<SupervisionViews.SampledItem> items = pq.items();
            if (items.size() > 1) {
                papers.requestPapers(staff, pq.id(), items.get(1).id(), new SupervisionCommands.RequestPapers(null, "请提交近一年全部项目的工作底稿目录"));
            }
            if (items.size() > 2) {
                long id = items.get(2).id();
                papers.requestPapers(staff, pq.id(), id, new SupervisionCommands.RequestPapers(null, "请提交现场核查记录"));
                agencyUser(items.get(2).agencyId()).ifPresent(a -> papers.uploadPapers(a, pq.id(), id,
                        DocumentStore.Upload.of("现场核查记录.pdf", SampleFiles.pdf(List.of("Site verification record (demo)")))));
            }
            if (items.size() > 3) {
                long id = items.get(3).id();
                findings.recordFinding(staff, pq.id(), id, finding("NOT_MET", Conclusion.MAJOR_ISSUES,
                        "现场核查记录系事后补写，与现场照片时间不符。", "FABRICATED_WORKPAPERS"));
            }
            if (items.size() > 4) {
                long id = items.get(4).id();
                findings.recordFinding(staff, pq.id(), id, finding("PARTLY_MET", Conclusion.MINOR_ISSUES,
                        "部分指标权重未说明依据。", null));
                agencyUser(items.get(4).agencyId()).ifPresent(a -> findings.rectify(a, pq.id(), id,
                        new SupervisionCommands.Rectify("已补充指标权重设置说明，并修订内部复核清单。")));
                findings.conclude(staff, pq.id(), id, new SupervisionCommands.Conclude(Conclusion.MINOR_ISSUES, "整改到位"));
            }
            if (items.size() > 5) {
                long id = items.get(5).id();
                findings.recordFinding(staff, pq.id(), id, finding("MET", Conclusion.SATISFACTORY, null, null));
                findings.conclude(staff, pq.id(), id, new SupervisionCommands.Conclude(Conclusion.SATISFACTORY, null));
            }
            papers.publish(staff, pq.id());
            context.put("supervision.practiceInspectionId", pq.id());
        }
        if (!inspections.acceptedIn(year).isEmpty()) {
            SupervisionViews.Opened recheck = inspections.open(staff, new SupervisionCommands.OpenInspection(year,
                    InspectionKind.RECHECK, null, null));
            SupervisionViews.SampledItem first = recheck.items().get(0);
            papers.requestPapers(staff, recheck.id(), first.id(), new SupervisionCommands.RequestPapers(null, "请提交本项目全部工作底稿"));
            context.put("supervision.recheckInspectionId", recheck.id());
        }
    }

    private static SupervisionCommands.RecordFinding finding(String result, Conclusion conclusion, String comment, String misconduct) {
        List<SupervisionCommands.CheckResult> checks = SupervisionRules.DEFAULT_CHECKLIST.items().stream()
                .map(c -> new SupervisionCommands.CheckResult(c.id(), result)).toList();
        return new SupervisionCommands.RecordFinding(checks, conclusion, comment, misconduct);
    }

    private Actor bureau(String username, Role role) {
        User u = users.findByUsername(username).orElseThrow(() -> new IllegalStateException("demo user " + username + " missing"));
        return new Actor(u.getId(), u.getUsername(), EnumSet.of(role), null);
    }

    private java.util.Optional<Actor> agencyUser(long agencyId) {
        return users.findByAgencyIdOrderByUsername(agencyId).stream().findFirst()
                .map(u -> new Actor(u.getId(), u.getUsername(), EnumSet.of(Role.AGENCY), agencyId));
    }
}
