package gov.bureau.portal.supervision;

import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.JsonText;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.credit.CreditCommands;
import gov.bureau.portal.credit.CreditEventService;
import gov.bureau.portal.credit.CreditRuleTables;
import gov.bureau.portal.credit.EventSource;
import gov.bureau.portal.credit.EventTypes;
import gov.bureau.portal.inbox.Inbox;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.security.Actor;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Findings on an inspection item (a misconduct type proposes the credit event through the credit area), the
 * agency's rectification and the bureau's conclusion. Every method checks before it writes and audits last.
 */
@Singleton
public class InspectionFindings {

    static final Set<String> CHECK_RESULTS = Set.of("MET", "PARTLY_MET", "NOT_MET");

    private final Repositories.InspectionRepository inspections;
    private final Repositories.ItemRepository items;
    private final Repositories.FindingRepository findings;
    private final RuleBook book;
    private final SupervisionRules.ChecklistTable checklistTable;
    private final CreditRuleTables.EventTypeTable eventTypes;
    private final CreditEventService creditEvents;
    private final JsonText json;
    private final AuditLog audit;
    private final BureauClock clock;
    private final Inbox inbox;

    InspectionFindings(Repositories.InspectionRepository inspections, Repositories.ItemRepository items,
                       Repositories.FindingRepository findings, RuleBook book, SupervisionRules.ChecklistTable checklistTable,
                       CreditRuleTables.EventTypeTable eventTypes, CreditEventService creditEvents, JsonText json, AuditLog audit,
                       BureauClock clock, Inbox inbox) {
        this.inspections = inspections;
        this.items = items;
        this.findings = findings;
        this.book = book;
        this.checklistTable = checklistTable;
        this.eventTypes = eventTypes;
        this.creditEvents = creditEvents;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
        this.inbox = inbox;
    }

    // ------------------------------------------------------------------ findings, rectification, conclusion

    /** A finding; a misconduct type proposes the matching credit event (objection window as usual), linked back. */
    @Transactional
    public Records.Finding recordFinding(Actor actor, long inspectionId, long itemId, SupervisionCommands.RecordFinding command) {
        Records.Inspection in = inspections.findById(inspectionId).orElseThrow(PortalException::notFound);
        SupervisionRules.Checklist checklist = book.byId(checklistTable, in.checklistVersionId()).content();
        List<FieldProblem> problems = new ArrayList<>(checkChecklist(checklist, command.checklist()));
        String misconduct = command.misconductType() == null || command.misconductType().isBlank() ? null
                : command.misconductType().trim();
        if (misconduct != null) {
            Optional<EventTypes.EventType> type = book.current(eventTypes).content().find(misconduct);
            if (type.isEmpty() || type.get().systemOnly() || type.get().points() >= 0) {
                problems.add(new FieldProblem("misconductType", "validation.supervision-misconduct-type", misconduct));
            }
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        Records.Item item = items.lockIn(inspectionId, itemId);
        Records.Item moved = item.moveTo(ItemStatus.FINDING_RECORDED);
        String comment = command.comment() == null || command.comment().isBlank() ? null : command.comment().trim();
        Long eventId = null;
        if (misconduct != null) {
            String kind = in.kind() == InspectionKind.RECHECK ? "抽查复核" : "执业质量检查";
            String evidence = in.year() + " 年" + kind + "（检查 #" + inspectionId + "，事项 #" + itemId + "）发现："
                    + (comment != null ? comment : command.conclusion().name());
            eventId = creditEvents.propose(actor, new CreditCommands.ProposeEvent(item.agencyId(), misconduct,
                    item.engagementId(), evidence.length() > 4000 ? evidence.substring(0, 4000) : evidence,
                    EventSource.INSPECTION, null)).getId();
        }
        List<Map<String, String>> results = command.checklist().stream()
                .map(r -> Map.of("itemId", r.itemId().trim(), "result", r.result())).toList();
        Records.Finding f = findings.save(new Records.Finding(null, itemId, json.write(results), command.conclusion(), comment,
                misconduct, eventId, actor.userId(), actor.username(), clock.now()));
        items.update(moved);
        inbox.notifyAgency(item.agencyId(), "inbox.supervision.finding", List.of(), comment, InspectionPapers.AGENCY_PAGE);
        audit.record(actor, "INSPECTION_FINDING_RECORDED", InspectionPapers.ITEM, itemId, Changes.create().set("inspectionId", inspectionId)
                .set("findingId", f.id()).set("conclusion", command.conclusion()).set("misconductType", misconduct)
                .set("creditEventId", eventId).toMap(), comment);
        return f;
    }

    /** Every question of the inspection's checklist answered once, with a known result. */
    static List<FieldProblem> checkChecklist(SupervisionRules.Checklist checklist, List<SupervisionCommands.CheckResult> results) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> known = new HashSet<>();
        checklist.items().forEach(i -> known.add(i.id()));
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            SupervisionCommands.CheckResult r = results.get(i);
            String id = r.itemId() == null ? null : r.itemId().trim();
            if (id == null || !known.contains(id)) {
                problems.add(new FieldProblem("checklist[" + i + "].itemId", "validation.supervision-check-unknown", id));
            } else if (!answered.add(id)) {
                problems.add(new FieldProblem("checklist[" + i + "].itemId", "validation.supervision-check-duplicate", id));
            }
            if (r.result() == null || !CHECK_RESULTS.contains(r.result())) {
                problems.add(new FieldProblem("checklist[" + i + "].result", "validation.supervision-check-result"));
            }
        }
        for (SupervisionRules.CheckItem c : checklist.items()) {
            if (known.contains(c.id()) && !answered.contains(c.id()) && problems.isEmpty()) {
                problems.add(new FieldProblem("checklist", "validation.supervision-check-missing", c.id()));
            }
        }
        return problems;
    }

    @Transactional
    public Records.Item rectify(Actor actor, long inspectionId, long itemId, SupervisionCommands.Rectify command) {
        Records.Item seen = items.findById(itemId).filter(i -> i.inspectionId() == inspectionId)
                .orElseThrow(PortalException::notFound);
        if (!actor.isAgency(seen.agencyId())) {
            throw PortalException.notFound();
        }
        Records.Item item = items.lockIn(inspectionId, itemId);
        Records.Item updated = items.update(item.rectified(command.answer().trim(), clock.now()));
        audit.record(actor, "INSPECTION_RECTIFIED", InspectionPapers.ITEM, itemId, Changes.create().set("inspectionId", inspectionId)
                .diff("status", item.status(), updated.status()).toMap());
        return updated;
    }

    @Transactional
    public Records.Item conclude(Actor actor, long inspectionId, long itemId, SupervisionCommands.Conclude command) {
        Records.Item item = items.lockIn(inspectionId, itemId);
        String comment = command.comment() == null || command.comment().isBlank() ? null : command.comment().trim();
        Records.Item updated = items.update(item.concluded(command.outcome(), comment, actor.username(), clock.now()));
        audit.record(actor, "INSPECTION_CONCLUDED", InspectionPapers.ITEM, itemId, Changes.create().set("inspectionId", inspectionId)
                .set("outcome", command.outcome()).toMap(), comment);
        return updated;
    }
}
