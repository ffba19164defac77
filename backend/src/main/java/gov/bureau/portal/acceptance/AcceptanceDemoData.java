package gov.bureau.portal.acceptance;

import gov.bureau.portal.demo.DemoContext;
import gov.bureau.portal.demo.DemoData;
import gov.bureau.portal.engagement.EngagementService;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The acceptance side of the demo (order 350, after the engagement part, before credit): on the
 * engagements the engagement part left under {@code engagement.demo.*}, an advance on a contracted
 * engagement, a GOOD score not paid yet, an advance larger than a failed score allows, an EXCELLENT
 * score paid in full (SETTLED) and a scored, paid and closed engagement. Made through the services.
 */
@Singleton
public class AcceptanceDemoData implements DemoData {

    private final AcceptanceService acceptance;
    private final FeeService fees;
    private final EngagementService engagements;
    private final BureauClock clock;

    public AcceptanceDemoData(AcceptanceService acceptance, FeeService fees, EngagementService engagements, BureauClock clock) {
        this.acceptance = acceptance;
        this.fees = fees;
        this.engagements = engagements;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return 350;
    }

    @Override
    public void seed(DemoContext context) {
        Actor staff = new Actor(context.<Long>get("staffId"), "staff", EnumSet.of(Role.STAFF), null);
        LocalDate today = clock.today();

        // ACCEPTED_BY_AGENCY, with an advance
        pay(staff, context.get("engagement.demo.advance"), "90000.00", today, "NJCZ-2026-0412");

        // ACCEPTED (GOOD), not paid yet
        score(staff, context.get("engagement.demo.good"), "工作组专业能力较强，报告个别数据来源需进一步注明", 14, 13, 17, 20, 21);

        // ACCEPTED (FAIL) after an advance: the advance is to be recovered
        long failed = context.<Long>get("engagement.demo.failed");
        pay(staff, failed, "48000.00", today, "NJCZ-2026-0107");
        score(staff, failed, "报告数据与现场核查结果明显不符，结论缺乏依据，须重新开展评价", 8, 9, 12, 13, 12);

        // SETTLED: scored EXCELLENT and paid in full
        long settled = context.<Long>get("engagement.demo.settled");
        score(staff, settled, "评价工作扎实，报告质量高，建议具有较强可操作性", 15, 14, 19, 23, 23);
        pay(staff, settled, "420000.00", today, "NJCZ-2026-0520");

        // CLOSED
        long closed = context.<Long>get("engagement.demo.closed");
        score(staff, closed, "总体良好", 13, 14, 17, 21, 20);
        pay(staff, closed, "104500.00", today, "NJCZ-2026-0233");
        engagements.close(staff, closed);
    }

    private void pay(Actor staff, long engagementId, String amount, LocalDate paidOn, String reference) {
        fees.pay(staff, engagementId, new AcceptanceViews.PaymentForm(new BigDecimal(amount), paidOn, reference, null));
    }

    /** Scores the template's items in order; a template longer than the points given repeats the last. */
    private void score(Actor staff, long engagementId, String comment, double... points) {
        Actor scorer = new Actor(null, staff.username(), staff.roles(), null); // as the demo always scored: the bureau, no one in person
        List<AcceptanceViews.TemplateItem> items = acceptance.currentTemplate().items();
        List<AcceptanceViews.ScoreInput> scores = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            scores.add(new AcceptanceViews.ScoreInput(items.get(i).id(), BigDecimal.valueOf(points[Math.min(i, points.length - 1)])));
        }
        acceptance.assess(scorer, engagementId, new AcceptanceViews.Assess(scores, comment));
    }
}
