package gov.bureau.portal.acceptance;

import gov.bureau.portal.acceptance.AcceptanceRepositories.FeeAccountRepository;
import gov.bureau.portal.acceptance.AcceptanceRepositories.PaymentRepository;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.engagement.Engagement;
import gov.bureau.portal.engagement.EngagementEvents;
import gov.bureau.portal.engagement.EngagementState;
import gov.bureau.portal.engagement.EngagementWorkflow;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.inbox.Inbox;
import gov.bureau.portal.identity.UserNames;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.rules.RuleVersion;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The fee account and payments (DOMAIN.md §5). A payment locks the engagement and then its fee row
 * (SELECT ... FOR UPDATE), checks the amount against what is payable now and adds it in the same
 * transaction, so that two payments arriving together are checked one after the other.
 */
@Singleton
public class FeeService {

    static final String ENTITY = "Engagement";

    private final FeeAccountRepository accounts;
    private final PaymentRepository payments;
    private final EngagementWorkflow workflow;
    private final RuleBook rules;
    private final FeeRatioRules ratioRules;
    private final AdvanceShareRules shareRules;
    private final AuditLog audit;
    private final BureauClock clock;
    private final Inbox inbox;
    private final UserNames names;

    FeeService(FeeAccountRepository accounts, PaymentRepository payments, EngagementWorkflow workflow, RuleBook rules,
               FeeRatioRules ratioRules, AdvanceShareRules shareRules, AuditLog audit, BureauClock clock, Inbox inbox,
               UserNames names) {
        this.names = names;
        this.accounts = accounts;
        this.payments = payments;
        this.workflow = workflow;
        this.rules = rules;
        this.ratioRules = ratioRules;
        this.shareRules = shareRules;
        this.audit = audit;
        this.clock = clock;
        this.inbox = inbox;
    }

    /** The contract is made: open the account under the fee-ratio table and advance share in force today. */
    @EventListener
    @Transactional
    public void onContracted(EngagementEvents.Contracted event) {
        if (accounts.existsById(event.engagementId())) {
            return;
        }
        FeeAccount account = new FeeAccount();
        account.setEngagementId(event.engagementId());
        account.setFee(event.fee());
        account.setContractedOn(event.contractedOn());
        account.setFeeRatioVersionId(rules.current(ratioRules).id());
        account.setAdvanceShareVersionId(rules.current(shareRules).id());
        account.setPaid(BigDecimal.ZERO.setScale(2));
        accounts.save(account);
    }

    @Transactional
    public AcceptanceViews.FeeView view(Actor actor, long id) {
        AcceptanceViews.FeeView view = view(workflow.visible(actor, id));
        return actor.isBureau() ? view : view.withoutScoring();
    }

    /** The fee of an engagement the caller has already checked the actor may see. */
    @Transactional
    AcceptanceViews.FeeView view(Engagement e) {
        long id = e.getId();
        Optional<FeeAccount> account = accounts.findById(id);
        if (account.isEmpty()) {
            return new AcceptanceViews.FeeView(e.getFee(), null, null, BigDecimal.ZERO.setScale(2), null, null, null, null, null,
                    null, null, null, null, false, false, false, List.of(), false, false);
        }
        FeeAccount a = account.get();
        BigDecimal share = rules.byId(shareRules, a.getAdvanceShareVersionId()).content().share();
        RuleVersion<FeeRatioRules.Ratios> ratios = rules.byId(ratioRules, a.getFeeRatioVersionId());
        BigDecimal remaining = a.getPayable() == null ? null : FeeArithmetic.remaining(a.getPayable(), a.getPaid());
        BigDecimal toRecover = a.getPayable() == null ? null : FeeArithmetic.toRecover(a.getPayable(), a.getPaid());
        // once scored, a payment or recovery is possible while the balance is not zero (pay() refuses the rest)
        boolean paymentsOpen = e.getState().acceptsPayments() && !a.isReopened() && (remaining == null || remaining.signum() != 0);
        return new AcceptanceViews.FeeView(a.getFee(), a.getFeeRatio(), a.getPayable(), a.getPaid(), remaining, toRecover,
                a.getGrade(), share, FeeArithmetic.advanceLimit(a.getFee(), share), a.getContractedOn(), ratios.id(),
                ratios.version(), a.getAdvanceShareVersionId(), a.isLocked(), a.isReopened(), paymentsOpen,
                payments.findByEngagement(id).stream().map(this::view).toList(), ScoringWindow.first(e.getState()),
                ScoringWindow.correction(e.getState(), a));
    }

    @Transactional
    public AcceptanceViews.FeeView pay(Actor actor, long id, AcceptanceViews.PaymentForm form) {
        Engagement e = workflow.lock(actor, id);
        if (!e.getState().acceptsPayments()) {
            throw PortalException.conflict("PAYMENT_STATE", e.getState().name());
        }
        FeeAccount a = accounts.findByEngagementIdForUpdate(id).orElseThrow(() -> PortalException.conflict("PAYMENT_STATE", e.getState().name()));
        if (a.isReopened()) {
            throw PortalException.conflict("ACCEPTANCE_REOPENED");
        }
        if (form.paidOn().isAfter(clock.today())) {
            throw PortalException.invalid("paidOn", "validation.past");
        }
        if (form.paidOn().isBefore(a.getContractedOn())) {
            throw PortalException.invalid("paidOn", "validation.paid-before-contract", a.getContractedOn().toString());
        }
        boolean accepted = a.getAcceptanceId() != null;
        PaymentKind kind = form.kind() == PaymentKind.RECOVERY ? PaymentKind.RECOVERY
                : accepted ? PaymentKind.PAYMENT : PaymentKind.ADVANCE;
        String reference = form.reference().trim();
        // the same voucher twice (a retry, a double click, the same payment entered on two servers) is one payment:
        // checked under the engagement's lock, so two requests at once see each other on any server
        if (payments.findByEngagement(id).stream().anyMatch(p -> p.kind() == kind && p.reference().equals(reference))) {
            throw PortalException.conflict("PAYMENT_DUPLICATE", reference);
        }
        BigDecimal share = rules.byId(shareRules, a.getAdvanceShareVersionId()).content().share();
        BigDecimal amount = form.amount();
        if (kind == PaymentKind.RECOVERY) {
            BigDecimal toRecover = accepted ? FeeArithmetic.toRecover(a.getPayable(), a.getPaid()) : BigDecimal.ZERO;
            if (amount.signum() <= 0) {
                throw PortalException.invalid("amount", "validation.positive");
            }
            if (amount.compareTo(toRecover) > 0) {
                throw PortalException.invalid("amount", "validation.recovery-above", toRecover.setScale(2).toPlainString());
            }
        } else {
            Optional<FieldProblem> problem = FeeArithmetic.checkPayment(a.getFee(), share, a.getPayable(), a.getPaid(), amount);
            if (problem.isPresent()) {
                throw PortalException.invalid(List.of(problem.get()));
            }
        }
        BigDecimal before = a.getPaid();
        Payment payment = payments.save(new Payment(null, id, kind, amount.setScale(2), form.paidOn(), reference,
                actor.userId(), actor.username(), clock.now()));
        a.setPaid(kind == PaymentKind.RECOVERY ? before.subtract(amount).setScale(2) : before.add(amount).setScale(2));
        boolean locks = accepted && !a.isLocked();
        if (accepted) {
            a.setLocked(true);
        }
        accounts.update(a);
        Changes changes = Changes.create().set("paymentId", payment.id()).set("kind", kind).set("amount", payment.amount())
                .set("paidOn", payment.paidOn()).set("reference", payment.reference()).diff("paid", before, a.getPaid());
        if (locks) {
            changes.set("acceptanceLocked", true);
        }
        if (accepted && e.getState() == EngagementState.ACCEPTED && FeeArithmetic.settles(a.getPayable(), a.getPaid())) {
            workflow.move(actor, e, EngagementState.SETTLED, null);
            changes.diff("state", EngagementState.ACCEPTED, EngagementState.SETTLED);
        }
        inbox.notifyAgency(e.getAgencyId(), kind == PaymentKind.RECOVERY ? "inbox.engagement.recovered" : "inbox.engagement.paid",
                List.of(e.getTitle(), payment.amount().toPlainString(), payment.paidOn().toString()), null, "/engagements/" + id);
        audit.record(actor, "PAYMENT_RECORDED", ENTITY, id, changes.toMap());
        return view(e);
    }

    private AcceptanceViews.PaymentView view(Payment p) {
        return new AcceptanceViews.PaymentView(p.id(), p.kind(), p.amount(), p.paidOn(), p.reference(), names.displayName(p.recordedBy()), clock.toOffset(p.recordedAt()));
    }

}
