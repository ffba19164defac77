package gov.bureau.portal.engagement;

import gov.bureau.portal.results.BudgetUnits;
import gov.bureau.portal.agency.AgencyDirectory;
import gov.bureau.portal.agency.AgencySummary;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.inbox.Inbox;
import gov.bureau.portal.security.Role;
import gov.bureau.portal.identity.User;
import gov.bureau.portal.identity.UserNames;
import gov.bureau.portal.identity.UserRepository;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.rules.RuleVersion;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Creating, editing, terminating and closing engagements; reading one whole. */
@Singleton
public class EngagementService {

    static final String ENTITY = "Engagement";

    private final EngagementRepository engagements;
    private final EvaluatedUnitRepository units;
    private final EngagementWorkflow workflow;
    private final SelectionRepository selections;
    private final UserRepository users;
    private final AgencyDirectory agencies;
    private final RuleBook rules;
    private final FeeCapRules feeCaps;
    private final AuditLog audit;
    private final BureauClock clock;
    private final Inbox inbox;
    private final BudgetUnits budgetUnits;
    private final UserNames names;

    EngagementService(EngagementRepository engagements, EvaluatedUnitRepository units, EngagementWorkflow workflow,
                      SelectionRepository selections, UserRepository users, AgencyDirectory agencies, RuleBook rules,
                      FeeCapRules feeCaps, AuditLog audit, BureauClock clock, Inbox inbox, BudgetUnits budgetUnits,
                      UserNames names) {
        this.names = names;
        this.engagements = engagements;
        this.units = units;
        this.workflow = workflow;
        this.selections = selections;
        this.users = users;
        this.agencies = agencies;
        this.rules = rules;
        this.feeCaps = feeCaps;
        this.audit = audit;
        this.clock = clock;
        this.inbox = inbox;
        this.budgetUnits = budgetUnits;
    }

    /** What the checks found: the parsed units and the fee cap that applies, from the cap table in force. */
    private record Checked(List<EngagementViews.Unit> units, RuleVersion<FeeCapRules.Table> caps, @Nullable BigDecimal cap) {
    }

    @Transactional
    public long create(Actor actor, EngagementCommands.EngagementForm form) {
        Checked checked = check(actor, form);
        List<EngagementViews.Unit> parsed = checked.units();
        Engagement e = new Engagement();
        apply(actor, e, form, checked);
        e.setState(EngagementState.CREATED);
        e.setStateEnteredAt(clock.now());
        e.setCreatedBy(actor.username());
        workflow.scheduleDeadline(e);
        e = engagements.save(e);
        saveUnits(e.getId(), parsed);
        workflow.started(actor, e);
        audit.record(actor, "ENGAGEMENT_CREATED", ENTITY, e.getId(), Changes.create()
                .set("title", e.getTitle()).set("type", e.getType()).set("commissioningUnit", e.getCommissioningUnit())
                .set("evaluatedUnits", parsed.stream().map(EngagementViews.Unit::unit).toList())
                .set("fundsInvolved", e.getFundsInvolved()).set("fee", e.getFee()).set("feeCap", e.getFeeCap())
                .set("feeCapVersionId", e.getFeeCapVersionId()).set("plannedStart", e.getPlannedStart())
                .set("plannedEnd", e.getPlannedEnd()).set("supervisorId", e.getSupervisorId()).toMap(),
                e.getFeeCapOverrideReason());
        return e.getId();
    }

    /** Edits an engagement that has no agency yet; send the version read, a stale one is 409. */
    @Transactional
    public EngagementViews.Detail update(Actor actor, long id, EngagementCommands.EngagementForm form) {
        Engagement e = workflow.lock(actor, id);
        if (form.version() == null || !Objects.equals(form.version(), e.getVersion())) {
            throw PortalException.conflict("STALE_VERSION");
        }
        EngagementWorkflow.requireState(e, EngagementState.CREATED);
        Checked checked = check(actor, form);
        List<EngagementViews.Unit> parsed = checked.units();
        Changes changes = Changes.create()
                .diff("title", e.getTitle(), form.title().trim()).diff("type", e.getType(), form.type())
                .diff("commissioningUnit", e.getCommissioningUnit(), form.commissioningUnit().trim())
                .diff("evaluatedUnits", unitsOf(id).stream().map(EngagementViews.Unit::unit).toList(),
                        parsed.stream().map(EngagementViews.Unit::unit).toList())
                .diff("fundsInvolved", e.getFundsInvolved(), form.fundsInvolved().setScale(2))
                .diff("fee", e.getFee(), form.fee().setScale(2))
                .diff("plannedStart", e.getPlannedStart(), form.plannedStart()).diff("plannedEnd", e.getPlannedEnd(), form.plannedEnd())
                .diff("supervisorId", e.getSupervisorId(), form.supervisorId());
        apply(actor, e, form, checked);
        workflow.scheduleDeadline(e);
        engagements.update(e);
        units.deleteByEngagementId(id);
        saveUnits(id, parsed);
        audit.record(actor, "ENGAGEMENT_UPDATED", ENTITY, id, changes.toMap(), e.getFeeCapOverrideReason());
        return detail(actor, id);
    }

    @Transactional
    public EngagementViews.Detail terminate(Actor actor, long id, String reason) {
        Engagement e = workflow.lock(actor, id);
        EngagementState from = e.getState();
        e.setTerminationReason(reason.trim());
        workflow.move(actor, e, EngagementState.TERMINATED, reason);
        selections.cancelPending(id);
        Long agency = e.getAgencyId();
        if (agency != null) {
            inbox.notifyAgency(agency, "inbox.engagement.terminated", List.of(e.getTitle()), reason.trim(), SelectionService.link(id));
        }
        audit.record(actor, "ENGAGEMENT_TERMINATED", ENTITY, id,
                Changes.create().diff("state", from, EngagementState.TERMINATED).toMap(), reason.trim());
        return detail(actor, id);
    }

    @Transactional
    public EngagementViews.Detail close(Actor actor, long id) {
        Engagement e = workflow.lock(actor, id);
        EngagementWorkflow.requireState(e, EngagementState.SETTLED);
        workflow.move(actor, e, EngagementState.CLOSED, null);
        audit.record(actor, "ENGAGEMENT_CLOSED", ENTITY, id,
                Changes.create().diff("state", EngagementState.SETTLED, EngagementState.CLOSED).toMap());
        return detail(actor, id);
    }

    @Transactional
    public EngagementViews.Detail detail(Actor actor, long id) {
        Engagement e = workflow.visible(actor, id);
        String agencyName = e.getAgencyId() == null ? null : agencies.find(e.getAgencyId()).map(AgencySummary::name).orElse(null);
        String supervisorName = users.findById(e.getSupervisorId()).map(User::getDisplayName).orElse(null);
        List<StateChange> changes = workflow.timeline(id);
        // who moved it, as people are named (王业务, not staff)
        List<String> people = new java.util.ArrayList<>(changes.stream().map(StateChange::actorName).toList());
        people.add(e.getCreatedBy());
        people.add(e.getFeeCapOverrideBy());
        Map<String, String> shown = names.displayNames(people);
        List<EngagementViews.TimelineEntry> timeline = changes.stream()
                .map(c -> new EngagementViews.TimelineEntry(c.fromState(), c.toState(), clock.toOffset(c.changedAt()), shown.get(c.actorName()), c.code(), c.note()))
                .toList();
        return new EngagementViews.Detail(e.getId(), e.getTitle(), e.getType(), e.getCommissioningUnit(), unitsOf(id),
                e.getFundsInvolved(), e.getFee(), e.getFeeCap(), e.getFeeCapVersionId(), e.getFeeCapOverrideReason(),
                shown.get(e.getFeeCapOverrideBy()), e.getPlannedStart(), e.getPlannedEnd(), e.getSupervisorId(), supervisorName,
                e.getState(), clock.toOffset(e.getStateEnteredAt()), e.getState().next(), e.getAgencyId(), agencyName,
                e.getSelectionMethod(), e.getContractedOn(), e.getDeadline(), e.isOverdue(), e.getOverdueSince(),
                e.getTerminationReason(), shown.get(e.getCreatedBy()), clock.toOffset(e.getCreatedAt()), e.getVersion(), timeline, e.isLowFee());
    }

    List<EngagementViews.Unit> unitsOf(long id) {
        return units.findByEngagementIdOrderByPosition(id).stream()
                .map(u -> new EngagementViews.Unit(u.unitName(), u.projectName(), u.funds(), u.budgetUnitId())).toList();
    }

    /** All checks before any write: units, dates, supervisor, the fee cap. */
    private Checked check(Actor actor, EngagementCommands.EngagementForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        List<EngagementViews.Unit> parsed = parseUnits(form.evaluatedUnits(), problems);
        int malformed = problems.size(); // the units' own shape (400 when nothing else is wrong)
        for (int i = 0; i < parsed.size(); i++) {
            Long budgetUnit = parsed.get(i).budgetUnitId();
            if (budgetUnit != null && !budgetUnits.exists(budgetUnit)) {
                problems.add(new FieldProblem("evaluatedUnits[" + i + "].budgetUnitId", "validation.budget-unit-unknown"));
            }
        }
        if (form.plannedEnd().isBefore(form.plannedStart())) {
            problems.add(new FieldProblem("plannedEnd", "validation.end-before-start"));
        }
        Optional<User> supervisor = users.findById(form.supervisorId());
        if (supervisor.isEmpty() || !supervisor.get().isEnabled()
                || !(supervisor.get().getRoles().contains(Role.STAFF) || supervisor.get().getRoles().contains(Role.ADMIN))) {
            problems.add(new FieldProblem("supervisorId", "validation.supervisor"));
        }
        RuleVersion<FeeCapRules.Table> caps = rules.current(feeCaps);
        BigDecimal cap = caps.content().capFor(form.type(), form.fundsInvolved()).orElse(null);
        if (cap != null && form.fee().compareTo(cap) > 0) {
            boolean reasoned = form.feeCapOverrideReason() != null && !form.feeCapOverrideReason().isBlank();
            if (!actor.has(Role.ADMIN)) {
                problems.add(new FieldProblem("fee", "validation.fee-above-cap", cap.toPlainString()));
                if (reasoned) {
                    problems.add(new FieldProblem("feeCapOverrideReason", "validation.fee-cap-override-admin"));
                }
            } else if (!reasoned) {
                problems.add(new FieldProblem("fee", "validation.fee-above-cap-admin", cap.toPlainString()));
                problems.add(new FieldProblem("feeCapOverrideReason", "validation.required"));
            }
        }
        if (!problems.isEmpty()) {
            throw problems.size() == malformed ? PortalException.malformed(problems) : PortalException.invalid(problems);
        }
        return new Checked(parsed, caps, cap);
    }

    private void apply(Actor actor, Engagement e, EngagementCommands.EngagementForm form, Checked checked) {
        BigDecimal cap = checked.cap();
        e.setTitle(form.title().trim());
        e.setType(form.type());
        e.setCommissioningUnit(form.commissioningUnit().trim());
        e.setFundsInvolved(form.fundsInvolved().setScale(2));
        e.setFee(form.fee().setScale(2));
        e.setFeeCap(cap);
        e.setFeeCapVersionId(checked.caps().id());
        boolean overCap = cap != null && form.fee().compareTo(cap) > 0;
        e.setFeeCapOverrideReason(overCap ? form.feeCapOverrideReason().trim() : null);
        e.setFeeCapOverrideBy(overCap ? actor.username() : null);
        e.setPlannedStart(form.plannedStart());
        e.setPlannedEnd(form.plannedEnd());
        e.setSupervisorId(form.supervisorId());
    }

    private void saveUnits(long engagementId, List<EngagementViews.Unit> parsed) {
        List<EvaluatedUnit> rows = new ArrayList<>(parsed.size());
        for (int i = 0; i < parsed.size(); i++) {
            EngagementViews.Unit u = parsed.get(i);
            rows.add(new EvaluatedUnit(null, engagementId, i, u.unit(), u.project(), u.funds(), u.budgetUnitId()));
        }
        units.saveAll(rows);
    }

    /** A unit is a name, or {"unit", "project", "funds"}. */
    static List<EngagementViews.Unit> parseUnits(List<JsonNode> nodes, List<FieldProblem> problems) {
        List<EngagementViews.Unit> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String at = "evaluatedUnits[" + i + "]";
            String unit = null;
            String project = null;
            BigDecimal funds = null;
            Long budgetUnitId = null;
            if (node != null && node.isString()) {
                unit = node.getStringValue();
            } else if (node != null && node.isObject()) {
                unit = text(node, "unit");
                project = text(node, "project");
                JsonNode b = node.get("budgetUnitId");
                if (b != null && !b.isNull()) {
                    if (!b.isNumber() || b.getNumberValue().longValue() <= 0
                            || new BigDecimal(b.getNumberValue().toString()).stripTrailingZeros().scale() > 0) {
                        problems.add(new FieldProblem(at + ".budgetUnitId", "validation.invalid-value"));
                        continue;
                    }
                    budgetUnitId = b.getNumberValue().longValue();
                }
                JsonNode f = node.get("funds");
                if (f != null && !f.isNull()) {
                    try {
                        funds = f.isNumber() ? new BigDecimal(f.getNumberValue().toString()) : new BigDecimal(f.coerceStringValue());
                    } catch (NumberFormatException bad) {
                        problems.add(new FieldProblem(at + ".funds", "validation.invalid-value"));
                        continue;
                    }
                    if (funds.signum() < 0) {
                        problems.add(new FieldProblem(at + ".funds", "validation.not-negative"));
                    } else if (funds.stripTrailingZeros().scale() > 2 || funds.precision() - funds.scale() > 13) {
                        problems.add(new FieldProblem(at + ".funds", "validation.digits", 13, 2));
                    } else {
                        funds = funds.setScale(2);
                    }
                }
            } else {
                problems.add(new FieldProblem(at, "validation.invalid-value"));
                continue;
            }
            if (unit == null || unit.isBlank()) {
                problems.add(new FieldProblem(at + ".unit", "validation.required"));
            } else if (unit.trim().length() > 200) {
                problems.add(new FieldProblem(at + ".unit", "validation.size-max", 200));
            } else if (project != null && project.trim().length() > 200) {
                problems.add(new FieldProblem(at + ".project", "validation.size-max", 200));
            } else {
                out.add(new EngagementViews.Unit(unit.trim(), project == null || project.isBlank() ? null : project.trim(), funds,
                        budgetUnitId));
            }
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.coerceStringValue();
    }

}
