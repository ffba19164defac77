package gov.bureau.portal.acceptance;

import gov.bureau.portal.acceptance.AcceptanceRepositories.AcceptanceRepository;
import gov.bureau.portal.acceptance.AcceptanceRepositories.FeeAccountRepository;
import gov.bureau.portal.acceptance.AcceptanceRepositories.PaymentRepository;
import gov.bureau.portal.acceptance.AcceptanceRepositories.ScoreRepository;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.identity.UserNames;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.credit.AcceptanceCorrections;
import gov.bureau.portal.credit.CreditStandings;
import gov.bureau.portal.engagement.Engagement;
import gov.bureau.portal.engagement.EngagementState;
import gov.bureau.portal.engagement.EngagementWorkflow;
import gov.bureau.portal.engagement.ReworkPolicy;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.inbox.Inbox;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.rules.RuleVersion;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Acceptance (验收考核, DOMAIN.md §5): scoring against the versioned template, the grade and the fee
 * ratio in force at contract, the credit event, the lock that the first payment sets and its
 * reopening by an ADMIN or after an upheld objection.
 */
@Singleton
public class AcceptanceService implements ReworkPolicy, AcceptanceCorrections {

    private final AcceptanceRepository acceptances;
    private final ScoreRepository scores;
    private final FeeAccountRepository accounts;
    private final PaymentRepository payments;
    private final EngagementWorkflow workflow;
    private final RuleBook rules;
    private final ScoringTemplateRules templates;
    private final GradeBandRules bands;
    private final FeeRatioRules ratios;
    private final CreditStandings credit;
    private final AuditLog audit;
    private final BureauClock clock;
    private final Inbox inbox;
    private final UserNames names;

    AcceptanceService(AcceptanceRepository acceptances, ScoreRepository scores, FeeAccountRepository accounts,
                      PaymentRepository payments, EngagementWorkflow workflow, RuleBook rules, ScoringTemplateRules templates, GradeBandRules bands,
                      FeeRatioRules ratios, CreditStandings credit, AuditLog audit, BureauClock clock, Inbox inbox,
                      UserNames names) {
        this.names = names;
        this.acceptances = acceptances;
        this.scores = scores;
        this.accounts = accounts;
        this.payments = payments;
        this.workflow = workflow;
        this.rules = rules;
        this.templates = templates;
        this.bands = bands;
        this.ratios = ratios;
        this.credit = credit;
        this.audit = audit;
        this.clock = clock;
        this.inbox = inbox;
    }

    @Transactional
    public AcceptanceViews.Template currentTemplate() {
        return template(rules.current(templates));
    }

    @Transactional
    public AcceptanceViews.Template publishTemplate(Actor actor, AcceptanceViews.PublishTemplate body) {
        return template(rules.publish(actor, templates, new ScoringTemplateRules.Template(body.items()), body.reason()));
    }

    private AcceptanceViews.Template template(RuleVersion<ScoringTemplateRules.Template> v) {
        return new AcceptanceViews.Template(v.id(), v.version(), v.content().items().stream()
                .map(i -> new AcceptanceViews.TemplateItem(i.id(), i.stage().name(), i.name(), i.nameEn(), i.maxPoints(), i.guidance()))
                .toList(), v.content().maxTotal(), clock.toOffset(v.createdAt()), names.displayName(v.createdBy()));
    }

    /**
     * What scoring the engagement now would decide, with every check of a scoring: the engagement and
     * its fee account locked (in the house order), the state, the template, band and ratio versions
     * (a correction keeps the template and grade-band versions of the score it corrects; the fee ratio
     * is always the table in force at contract), the scores against the template.
     */
    private Plan plan(Actor actor, long id, AcceptanceViews.Assess body) {
        Engagement e = workflow.lock(actor, id);
        FeeAccount account = accounts.findByEngagementIdForUpdate(id).orElse(null);
        boolean first = ScoringWindow.first(e.getState());
        boolean correction = ScoringWindow.correction(e.getState(), account);
        if (!first && !correction) {
            if (e.getState() == EngagementState.ACCEPTED || e.getState() == EngagementState.SETTLED) {
                throw PortalException.conflict("ACCEPTANCE_LOCKED");
            }
            EngagementWorkflow.requireState(e, EngagementState.REPORT_APPROVED);
        }
        if (account == null) {
            throw PortalException.conflict("NO_CONTRACT");
        }
        List<Acceptance> rounds = acceptances.findByEngagementIdOrderByRound(id);
        Optional<Acceptance> previous = rounds.stream().filter(a -> a.supersededAt() == null).reduce((x, y) -> y);
        RuleVersion<ScoringTemplateRules.Template> template = correction && previous.isPresent()
                ? rules.byId(templates, previous.get().templateVersionId()) : rules.current(templates);
        RuleVersion<GradeBandRules.Bands> bandVersion = correction && previous.isPresent()
                ? rules.byId(bands, previous.get().gradeBandsVersionId()) : rules.current(bands);
        RuleVersion<FeeRatioRules.Ratios> ratioVersion = rules.byId(ratios, account.getFeeRatioVersionId());
        List<Scoring.Score> input = body.scores().stream().map(s -> new Scoring.Score(s.itemId(), s.points())).toList();
        List<FieldProblem> problems = Scoring.check(template.content(), input);
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        Scoring.Outcome outcome = Scoring.score(template.content(), input, bandVersion.content(), ratioVersion.content());
        BigDecimal payable = FeeArithmetic.payable(account.getFee(), outcome.feeRatio());
        return new Plan(e, account, first, rounds, previous, template, bandVersion, ratioVersion, outcome, payable);
    }

    private record Plan(Engagement e, FeeAccount account, boolean first, List<Acceptance> rounds, Optional<Acceptance> previous,
                        RuleVersion<ScoringTemplateRules.Template> template, RuleVersion<GradeBandRules.Bands> bandVersion,
                        RuleVersion<FeeRatioRules.Ratios> ratioVersion, Scoring.Outcome outcome, BigDecimal payable) {
    }

    /**
     * The total, grade, fee ratio and payable amount a scoring would give, computed exactly as
     * {@link #assess} computes them, without saving anything (issue 11: the preview before submitting).
     */
    @Transactional
    public AcceptanceViews.Preview preview(Actor actor, long id, AcceptanceViews.Assess body) {
        Plan plan = plan(actor, id, body);
        return new AcceptanceViews.Preview(plan.outcome().total(), plan.outcome().grade(), plan.outcome().feeRatio(), plan.payable());
    }

    /**
     * Scores an engagement whose final report is approved, or corrects a score not yet locked by a
     * payment, or re-scores a reopened acceptance.
     */
    @Transactional
    public AcceptanceViews.Assessed assess(Actor actor, long id, AcceptanceViews.Assess body) {
        Plan plan = plan(actor, id, body);
        Engagement e = plan.e();
        FeeAccount account = plan.account();
        boolean first = plan.first();
        List<Acceptance> rounds = plan.rounds();
        Optional<Acceptance> previous = plan.previous();
        RuleVersion<ScoringTemplateRules.Template> template = plan.template();
        RuleVersion<GradeBandRules.Bands> bandVersion = plan.bandVersion();
        RuleVersion<FeeRatioRules.Ratios> ratioVersion = plan.ratioVersion();
        Scoring.Outcome outcome = plan.outcome();
        BigDecimal payable = plan.payable();
        Instant now = clock.now();
        String supersededBecause = account.isReopened() ? "reopened" : "corrected before payment";
        previous.ifPresent(p -> acceptances.supersede(p.id(), now, e.getState() == EngagementState.REPORT_APPROVED ? "rework" : supersededBecause));
        int round = rounds.size() + 1;
        Acceptance saved = acceptances.save(new Acceptance(null, id, round, template.id(), bandVersion.id(), ratioVersion.id(),
                outcome.total(), outcome.grade(), outcome.feeRatio(), account.getFee(), payable,
                body.comment() == null || body.comment().isBlank() ? null : body.comment().trim(), actor.userId(), actor.username(),
                now, null, null));
        List<AcceptanceScore> items = new ArrayList<>(outcome.points().size());
        for (Map.Entry<ScoringTemplateRules.Item, BigDecimal> entry : outcome.points().entrySet()) {
            ScoringTemplateRules.Item item = entry.getKey();
            items.add(new AcceptanceScore(new AcceptanceScore.Key(saved.id(), item.id()), items.size(), item.stage().name(),
                    item.name(), item.maxPoints(), entry.getValue()));
        }
        scores.saveAll(items);
        Changes changes = Changes.create().set("acceptanceId", saved.id()).set("round", round).set("total", outcome.total())
                .set("grade", outcome.grade()).set("feeRatio", outcome.feeRatio()).set("payable", payable)
                .set("templateVersionId", template.id()).set("gradeBandsVersionId", bandVersion.id())
                .set("feeRatioVersionId", ratioVersion.id());
        if (previous.isPresent()) {
            changes.diff("previousTotal", previous.get().total(), outcome.total()).diff("previousPayable", previous.get().payable(), payable);
        }
        account.setAcceptanceId(saved.id());
        account.setGrade(outcome.grade());
        account.setFeeRatio(outcome.feeRatio());
        account.setPayable(payable);
        // a re-score after a reopening is locked again while money paid against the acceptance stands:
        // a further change needs another reopening by an ADMIN (DOMAIN.md §5)
        account.setLocked(account.isReopened() && payments.countAgainstAcceptance(id) > 0);
        account.setReopened(false);
        accounts.update(account);
        if (account.isLocked()) {
            changes.set("acceptanceLocked", true);
        }
        if (first) {
            workflow.move(actor, e, EngagementState.ACCEPTED, null);
            changes.diff("state", EngagementState.REPORT_APPROVED, EngagementState.ACCEPTED);
        }
        if (FeeArithmetic.settles(payable, account.getPaid())) {
            workflow.move(actor, e, EngagementState.SETTLED, null);
            changes.set("settled", true);
        }
        inbox.notifyAgency(e.getAgencyId(), "inbox.engagement.scored", List.of(e.getTitle(), outcome.total().toPlainString(),
                payable.toPlainString()), saved.comment(), "/engagements/" + id);
        // the credit result last before the audit: it takes the agency's credit lock and audits itself
        credit.recordAcceptance(actor, e.getAgencyId(), id, outcome.grade().name(), clock.today());
        audit.record(actor, previous.isPresent() ? "ACCEPTANCE_RESCORED" : "ACCEPTANCE_SCORED", FeeService.ENTITY, id,
                changes.toMap(), saved.comment());
        return new AcceptanceViews.Assessed(saved.id(), round, outcome.total(), outcome.grade(), outcome.feeRatio(), payable, template.id());
    }

    /** An ADMIN reopens a locked acceptance, with a reason, so that it is scored again. */
    @Transactional
    public AcceptanceViews.AssessmentView reopen(Actor admin, long id, String reason) {
        Engagement e = workflow.lock(admin, id);
        FeeAccount account = accounts.findByEngagementIdForUpdate(id).orElseThrow(() -> PortalException.conflict("NOT_ACCEPTED"));
        if (account.getAcceptanceId() == null) {
            throw PortalException.conflict("NOT_ACCEPTED");
        }
        if (!account.isLocked()) {
            throw PortalException.conflict(account.isReopened() ? "ACCEPTANCE_REOPENED" : "ACCEPTANCE_NOT_LOCKED");
        }
        reopenLocked(admin, e, account, reason.trim(), "ACCEPTANCE_REOPENED");
        return view(e);
    }

    /** The credit area upheld an objection to the score: reopen it, whether or not a payment locked it. */
    @Override
    @Transactional
    public void reopenAfterUpheldObjection(Actor admin, long engagementId, String reason) {
        Engagement e = workflow.lock(admin, engagementId);
        FeeAccount account = accounts.findByEngagementIdForUpdate(engagementId).orElseThrow(() -> PortalException.conflict("NOT_ACCEPTED"));
        if (account.getAcceptanceId() == null) {
            throw PortalException.conflict("NOT_ACCEPTED");
        }
        if (account.isReopened()) {
            return;
        }
        reopenLocked(admin, e, account, reason == null || reason.isBlank() ? "objection upheld" : reason.trim(),
                "ACCEPTANCE_REOPENED_BY_OBJECTION");
    }

    /** The engagement, then its fee account: the order in which {@link #assess} locks them. */
    @Override
    @Transactional
    public void lockForCorrection(Actor admin, long engagementId) {
        workflow.lock(admin, engagementId);
        accounts.findByEngagementIdForUpdate(engagementId);
    }

    private void reopenLocked(Actor admin, Engagement e, FeeAccount account, String reason, String action) {
        boolean wasLocked = account.isLocked();
        account.setLocked(false);
        account.setReopened(true);
        accounts.update(account);
        Changes changes = Changes.create().set("acceptanceId", account.getAcceptanceId()).set("wasLocked", wasLocked)
                .set("grade", account.getGrade()).set("payable", account.getPayable()).set("paid", account.getPaid());
        if (e.getState() == EngagementState.SETTLED) {
            workflow.move(admin, e, EngagementState.ACCEPTED, reason);
            changes.diff("state", EngagementState.SETTLED, EngagementState.ACCEPTED);
        } else if (e.getState() != EngagementState.ACCEPTED) {
            throw PortalException.conflict("ENGAGEMENT_STATE", e.getState().name(), "ACCEPTED, SETTLED");
        }
        audit.record(admin, action, FeeService.ENTITY, e.getId(), changes.toMap(), reason);
    }

    /** A FAIL acceptance may be redone: the agency submits a reworked report. */
    @Override
    @Transactional
    public boolean mayRedo(long engagementId) {
        return accounts.findById(engagementId).map(a -> a.getGrade() == AcceptanceGrade.FAIL && !a.isReopened()).orElse(false);
    }

    @Transactional
    public AcceptanceViews.AssessmentView view(Actor actor, long id) {
        return view(workflow.visible(actor, id));
    }

    /** The assessment of an engagement the caller has already checked the actor may see. */
    @Transactional
    AcceptanceViews.AssessmentView view(Engagement e) {
        long id = e.getId();
        FeeAccount account = accounts.findById(id).orElseThrow(PortalException::notFound);
        if (account.getAcceptanceId() == null) {
            throw PortalException.notFound();
        }
        List<Acceptance> all = acceptances.findByEngagementIdOrderByRound(id);
        Acceptance a = all.stream().filter(x -> x.id().equals(account.getAcceptanceId())).findFirst().orElseThrow();
        List<AcceptanceViews.ScoredItem> items = scores.findByAcceptance(a.id()).stream()
                .map(s -> new AcceptanceViews.ScoredItem(s.key().itemId(), s.stage(), s.itemName(), s.maxPoints(), s.points())).toList();
        RuleVersion<ScoringTemplateRules.Template> template = rules.byId(templates, a.templateVersionId());
        Map<String, String> shown = names.displayNames(all.stream().map(Acceptance::scoredBy).toList());
        List<AcceptanceViews.Round> history = all.stream().map(x -> new AcceptanceViews.Round(x.id(), x.round(), x.total(), x.grade(),
                x.payable(), shown.get(x.scoredBy()), clock.toOffset(x.scoredAt()), clock.toOffset(x.supersededAt()), x.supersededReason())).toList();
        return new AcceptanceViews.AssessmentView(a.id(), a.round(), a.total(), a.grade(), a.feeRatio(), a.fee(), a.payable(),
                a.comment(), shown.get(a.scoredBy()), clock.toOffset(a.scoredAt()), a.templateVersionId(), template.version(),
                template.content().maxTotal(), a.gradeBandsVersionId(),
                a.feeRatioVersionId(), items, account.isLocked(), account.isReopened(), history);
    }

}
