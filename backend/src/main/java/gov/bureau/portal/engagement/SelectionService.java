package gov.bureau.portal.engagement;

import gov.bureau.portal.agency.AgencyDirectory;
import gov.bureau.portal.agency.AgencyStatus;
import gov.bureau.portal.agency.PoolMember;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.credit.CreditStanding;
import gov.bureau.portal.credit.CreditStandings;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.inbox.Inbox;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.rules.RuleVersion;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.type.Argument;
import gov.bureau.portal.common.JsonText;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Choosing the agency (DOMAIN.md §4): eligibility with a reason per exclusion, the ranked MERIT
 * shortlist, the recorded random DRAW and its verification, PROCUREMENT results, and the selected
 * agency's confirmation or decline.
 */
@Singleton
public class SelectionService {

    /**
     * The agencies selection considers: approved and suspended ({@link AgencyStatus#inPool()}), so that a
     * suspended one is listed among the exclusions with its reason.
     */
    private static final Set<AgencyStatus> IN_POOL = Arrays.stream(AgencyStatus.values()).filter(AgencyStatus::inPool)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(AgencyStatus.class)));

    private final EngagementWorkflow workflow;
    private final EngagementRepository engagements;
    private final EvaluatedUnitRepository units;
    private final SelectionRepository selections;
    private final EngagementDocumentRepository documents;
    private final SelectionFacts facts;
    private final AgencyDirectory agencies;
    private final CreditStandings credit;
    private final RuleBook rules;
    private final EligibilityRules eligibilityRules;
    private final DrawRules drawRules;
    private final ApplicationEventPublisher<EngagementEvents.Contracted> contracted;
    private final JsonText json;
    private final AuditLog audit;
    private final BureauClock clock;
    private final Inbox inbox;
    private final RecordedSelections recorded;
    private final RelatedAgencies related;
    private final LowFeeRules lowFeeRules;
    private final HistoryConflictCheck history;

    SelectionService(EngagementWorkflow workflow, EngagementRepository engagements, EvaluatedUnitRepository units,
                     SelectionRepository selections, EngagementDocumentRepository documents, SelectionFacts facts,
                     AgencyDirectory agencies, CreditStandings credit, RuleBook rules, EligibilityRules eligibilityRules,
                     DrawRules drawRules, ApplicationEventPublisher<EngagementEvents.Contracted> contracted, JsonText json,
                     AuditLog audit, BureauClock clock, Inbox inbox, RecordedSelections recorded, RelatedAgencies related,
                     LowFeeRules lowFeeRules, HistoryConflictCheck history) {
        this.workflow = workflow;
        this.engagements = engagements;
        this.units = units;
        this.selections = selections;
        this.documents = documents;
        this.facts = facts;
        this.agencies = agencies;
        this.credit = credit;
        this.rules = rules;
        this.eligibilityRules = eligibilityRules;
        this.drawRules = drawRules;
        this.contracted = contracted;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
        this.inbox = inbox;
        this.recorded = recorded;
        this.related = related;
        this.lowFeeRules = lowFeeRules;
        this.history = history;
    }

    /** Everything eligibility decided for one engagement now, with the rule versions used. */
    private record Assessment(Eligibility.Outcome outcome, Map<Long, PoolMember> members, Map<Long, CreditStanding> standings,
                              RuleVersion<EligibilityRules.Options> options, RuleVersion<DrawRules.Settings> draw,
                              List<EngagementViews.Ranked> ranked) {
    }

    @Transactional
    public EngagementViews.EligibilityView eligibility(Actor actor, long id) {
        Engagement e = workflow.visible(actor, id);
        Assessment a = assess(e);
        return new EngagementViews.EligibilityView(a.ranked(), recorded.excluded(a.outcome().excluded(), a.members()),
                a.draw().content().minimumEligible(), a.options().id(), a.draw().id(), RecordedSelections.groups(pool(a)));
    }

    @Transactional
    public EngagementViews.SelectionView select(Actor actor, long id, EngagementCommands.Select command) {
        Engagement e = workflow.lock(actor, id);
        if (e.getState() == EngagementState.AGENCY_SELECTED) {
            throw PortalException.conflict("SELECTION_PENDING");
        }
        EngagementWorkflow.requireState(e, EngagementState.CREATED);
        int round = selections.findByEngagementIdOrderByRound(id).size() + 1;
        Selection selection = switch (command.method()) {
            case DRAW -> draw(actor, e, round);
            case MERIT -> merit(actor, e, round, command);
            case PROCUREMENT -> procurement(actor, e, round, command);
        };
        selection = selections.save(selection);
        e.setAgencyId(selection.agencyId());
        e.setSelectionMethod(selection.method());
        e.setLowFee(selection.lowFeeLimit() != null);
        workflow.move(actor, e, EngagementState.AGENCY_SELECTED, null);
        Changes changes = Changes.create().set("round", round).set("method", selection.method())
                .set("agencyId", selection.agencyId()).diff("state", EngagementState.CREATED, EngagementState.AGENCY_SELECTED);
        if (selection.seed() != null) {
            changes.set("seed", selection.seed()).set("ticket", selection.ticket()).set("pool", selection.pool())
                    .set("excluded", selection.excluded()).set("drawVersionId", selection.drawVersionId())
                    .set("eligibilityVersionId", selection.eligibilityVersionId());
        }
        changes.set("procurementReference", selection.procurementReference());
        if (selection.lowFeeLimit() != null) {
            changes.set("lowFee", true).set("fee", e.getFee()).set("lowFeeLimit", selection.lowFeeLimit())
                    .set("lowFeeVersionId", selection.lowFeeVersionId()).set("justification", selection.justification());
        }
        inbox.notifyAgency(selection.agencyId(), "inbox.engagement.selected", List.of(e.getTitle()), link(id));
        audit.record(actor, "ENGAGEMENT_AGENCY_SELECTED", EngagementService.ENTITY, id, changes.toMap(), selection.justification());
        return recorded.view(selection);
    }

    private Selection draw(Actor actor, Engagement e, int round) {
        Assessment a = assess(e);
        int minimum = a.draw().content().minimumEligible();
        if (a.outcome().eligible().size() < minimum) {
            throw PortalException.invalid("method", "validation.draw-too-few", a.outcome().eligible().size(), minimum);
        }
        List<Draw.Entry> pool = pool(a);
        String seed = Draw.newSeed();
        Draw.Result result = Draw.run(pool, seed);
        return Selection.drawn(e.getId(), round, result.agencyId(), seed, json.write(pool), json.write(a.outcome().excluded()),
                result.ticket(), result.totalWeight(), a.options().id(), a.draw().id(), actor.username(), clock.now());
    }

    private Selection merit(Actor actor, Engagement e, int round, EngagementCommands.Select command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.agencyId() == null) {
            problems.add(new FieldProblem("agencyId", "validation.required"));
        }
        if (command.justification() == null || command.justification().isBlank()) {
            problems.add(new FieldProblem("justification", "validation.required"));
        }
        Assessment a = assess(e);
        if (command.agencyId() != null && !a.outcome().eligibleIds().contains(command.agencyId())) {
            problems.add(notEligible(command.agencyId(), a.outcome()));
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        return Selection.byMerit(e.getId(), round, command.agencyId(), json.write(a.ranked()), command.justification().trim(),
                json.write(pool(a)), json.write(a.outcome().excluded()), a.options().id(), actor.username(), clock.now());
    }

    /**
     * A procurement result is the law's choice; still, an agency that is not in the pool, is blacklisted or has an
     * interest relationship or a conflict from history with a unit or project of the engagement cannot take it.
     */
    private Selection procurement(Actor actor, Engagement e, int round, EngagementCommands.Select command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.agencyId() == null) {
            problems.add(new FieldProblem("agencyId", "validation.required"));
        }
        if (command.procurementMethod() == null) {
            problems.add(new FieldProblem("procurementMethod", "validation.required"));
        }
        if (command.procurementReference() == null || command.procurementReference().isBlank()) {
            problems.add(new FieldProblem("procurementReference", "validation.required"));
        }
        if (command.procurementDate() == null) {
            problems.add(new FieldProblem("procurementDate", "validation.required"));
        } else if (command.procurementDate().isAfter(clock.today())) {
            problems.add(new FieldProblem("procurementDate", "validation.past"));
        }
        if (command.documentId() != null) {
            documents.findById(command.documentId()).filter(d -> d.engagementId() == e.getId())
                    .ifPresentOrElse(d -> { }, () -> problems.add(new FieldProblem("documentId", "validation.document-unknown")));
        }
        if (command.agencyId() != null) {
            PoolMember agency = agencies.poolMember(command.agencyId()).orElse(null);
            if (agency == null || agency.status() != AgencyStatus.APPROVED) {
                problems.add(new FieldProblem("agencyId", "validation.agency-not-in-pool"));
            } else {
                Eligibility.procurementExclusion(agency.id(), credit.standing(agency.id()).blacklisted(), agency.interestUnits(),
                        e.getCommissioningUnit(), unitNames(e)).or(() -> java.util.Optional.ofNullable(history.conflicts(e).get(agency.id())))
                        .ifPresent(x -> problems.add(notEligible(x.reason())));
            }
        }
        RuleVersion<LowFeeRules.Threshold> lowFee = rules.current(lowFeeRules);
        BigDecimal lowFeeLimit = lowFee.content().isLow(e.getFee(), e.getFeeCap())
                ? lowFee.content().limitFor(e.getFeeCap()).orElseThrow() : null;
        boolean justified = command.justification() != null && !command.justification().isBlank();
        if (lowFeeLimit != null && !justified) {
            problems.add(new FieldProblem("justification", "validation.low-fee-justification", e.getFee().toPlainString(),
                    lowFeeLimit.toPlainString(), lowFee.content().share().movePointRight(2).stripTrailingZeros().toPlainString(),
                    e.getFeeCap().toPlainString()));
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        return Selection.byProcurement(e.getId(), round, command.agencyId(), command.procurementMethod(),
                command.procurementReference().trim(), command.procurementDate(), command.documentId(),
                lowFeeLimit == null ? null : command.justification().trim(), lowFeeLimit, lowFee.id(), actor.username(), clock.now());
    }

    private static FieldProblem notEligible(long agencyId, Eligibility.Outcome outcome) {
        return notEligible(outcome.excluded().stream().filter(x -> x.agencyId() == agencyId).map(Eligibility.Exclusion::reason)
                .findFirst().orElse(Eligibility.Reason.NOT_APPROVED.name()));
    }

    private static FieldProblem notEligible(String reason) {
        return new FieldProblem("agencyId", "validation.agency-not-eligible." + reason);
    }

    /** Re-runs the latest recorded draw from its stored pool and seed. */
    @Transactional
    public EngagementViews.Verification verify(Actor actor, long id) {
        workflow.visible(actor, id);
        Selection s = selections.findByEngagementIdOrderByRound(id).stream().filter(x -> x.method() == EngagementCommands.Method.DRAW)
                .reduce((first, second) -> second).orElseThrow(() -> PortalException.conflict("NO_DRAW"));
        List<Draw.Entry> pool = json.read(s.pool(), Argument.listOf(Draw.Entry.class));
        Draw.Result again = Draw.run(pool, s.seed());
        boolean reproduced = again.agencyId() == s.agencyId() && again.ticket() == s.ticket();
        return new EngagementViews.Verification(reproduced, s.id(), s.round(), s.seed(), s.agencyId(), again.agencyId(),
                again.ticket(), again.totalWeight());
    }

    @Transactional
    public List<EngagementViews.SelectionView> history(Actor actor, long id) {
        workflow.visible(actor, id);
        return recorded.views(selections.findByEngagementIdOrderByRound(id));
    }

    /** The selected agency accepts (declaring no conflict of interest) or declines. */
    @Transactional
    public EngagementViews.SelectionView confirm(Actor actor, long id, EngagementCommands.Confirmation answer) {
        Engagement e = workflow.lock(actor, id);
        EngagementWorkflow.requireState(e, EngagementState.AGENCY_SELECTED);
        Selection s = selections.findByEngagementIdOrderByRound(id).stream().filter(x -> x.status() == Selection.Status.PENDING)
                .findFirst().orElseThrow(() -> PortalException.conflict("SELECTION_NOT_PENDING"));
        Instant now = clock.now();
        if (answer.accept()) {
            if (!Boolean.TRUE.equals(answer.noConflictOfInterest())) {
                throw PortalException.invalid("noConflictOfInterest", "validation.no-conflict-required");
            }
            selections.answer(s.id(), Selection.Status.CONFIRMED.name(), actor.username(), now, true, null);
            e.setContractedOn(clock.today());
            workflow.move(actor, e, EngagementState.ACCEPTED_BY_AGENCY, null);
            contracted.publishEvent(new EngagementEvents.Contracted(id, e.getAgencyId(), e.getFee(), e.getContractedOn()));
            inbox.notifyUser(e.getSupervisorId(), "inbox.engagement.confirmed", List.of(e.getTitle()), null, link(id));
            audit.record(actor, "ENGAGEMENT_CONFIRMED", EngagementService.ENTITY, id, Changes.create()
                    .set("agencyId", s.agencyId()).set("noConflictOfInterest", true).set("contractedOn", e.getContractedOn())
                    .diff("state", EngagementState.AGENCY_SELECTED, EngagementState.ACCEPTED_BY_AGENCY).toMap());
        } else {
            if (answer.reason() == null || answer.reason().isBlank()) {
                throw PortalException.invalid("reason", "validation.required");
            }
            selections.answer(s.id(), Selection.Status.DECLINED.name(), actor.username(), now, null, answer.reason().trim());
            e.setAgencyId(null);
            e.setSelectionMethod(null);
            e.setLowFee(false);
            workflow.move(actor, e, EngagementState.CREATED, answer.reason());
            inbox.notifyUser(e.getSupervisorId(), "inbox.engagement.declined", List.of(e.getTitle()), answer.reason().trim(), link(id));
            audit.record(actor, "ENGAGEMENT_DECLINED", EngagementService.ENTITY, id, Changes.create()
                    .set("agencyId", s.agencyId()).set("round", s.round())
                    .diff("state", EngagementState.AGENCY_SELECTED, EngagementState.CREATED).toMap(), answer.reason().trim());
        }
        return recorded.view(selections.findById(s.id()).orElseThrow());
    }

    static String link(long id) {
        return "/engagements/" + id;
    }

    private Assessment assess(Engagement e) {
        RuleVersion<EligibilityRules.Options> options = rules.current(eligibilityRules);
        RuleVersion<DrawRules.Settings> draw = rules.current(drawRules);
        List<PoolMember> pool = agencies.poolMembers(IN_POOL);
        Map<Long, PoolMember> members = new HashMap<>();
        pool.forEach(m -> members.put(m.id(), m));
        Map<Long, CreditStanding> standings = credit.standings(members.keySet());
        Map<Long, Integer> inProgress = facts.inProgress();
        Map<Long, Set<String>> lastYear = options.content().rotation()
                ? facts.unitsEvaluatedIn(clock.today().getYear() - 1) : Map.of();
        Set<Long> declined = selections.findByEngagementIdOrderByRound(e.getId()).stream()
                .filter(s -> s.status() == Selection.Status.DECLINED).map(Selection::agencyId).collect(Collectors.toSet());
        List<Eligibility.Candidate> candidates = pool.stream().map(m -> {
            CreditStanding st = standings.get(m.id());
            return new Eligibility.Candidate(m.id(), m.name(), m.status().name(), st.grade(), st.blacklisted(),
                    m.interestUnits(), inProgress.getOrDefault(m.id(), 0),
                    lastYear.getOrDefault(m.id(), Set.of()));
        }).toList();
        Eligibility.Outcome outcome = Eligibility.apply(candidates, e.getCommissioningUnit(), unitNames(e), declined, options.content(),
                history.conflicts(e));
        List<EngagementViews.Ranked> ranked = MeritRanking.rank(outcome.eligible(), members, standings, e.getType());
        return new Assessment(outcome, members, standings, options, draw, ranked);
    }

    /**
     * The draw's pool: every eligible agency with its weight; related eligible agencies (DOMAIN.md §12) carry
     * the same group (their smallest eligible id), so that the draw counts them as one entrant.
     */
    private List<Draw.Entry> pool(Assessment a) {
        List<Long> ids = a.outcome().eligible().stream().map(Eligibility.Candidate::agencyId).toList();
        Map<Long, Long> component = related.groupOf(ids);
        Map<Long, List<Long>> byComponent = new HashMap<>();
        ids.stream().filter(component::containsKey).forEach(i -> byComponent.computeIfAbsent(component.get(i), k -> new ArrayList<>()).add(i));
        Map<Long, Long> group = new HashMap<>();
        byComponent.values().stream().filter(m -> m.size() > 1)
                .forEach(m -> m.forEach(i -> group.put(i, m.stream().mapToLong(Long::longValue).min().orElseThrow())));
        return Draw.ordered(a.outcome().eligible().stream()
                .map(c -> new Draw.Entry(c.agencyId(), c.grade().name(), a.draw().content().weightOf(c.grade()), group.get(c.agencyId())))
                .toList());
    }

    private List<String> unitNames(Engagement e) {
        return units.findByEngagementIdOrderByPosition(e.getId()).stream().map(EvaluatedUnit::unitName).toList();
    }

}
