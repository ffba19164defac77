package gov.bureau.portal.supervision;

import gov.bureau.portal.agency.AgencyStatus;
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
import gov.bureau.portal.documents.DocumentStore;
import gov.bureau.portal.common.WeightedDraw;
import gov.bureau.portal.inbox.Inbox;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.rules.RuleVersion;
import gov.bureau.portal.security.Actor;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Inspections (DOMAIN.md §11): opening one draws its sample (and for a practice-quality inspection its
 * inspectors) and keeps the record; then working papers are requested and uploaded, findings recorded
 * (a misconduct type proposes the credit event through the credit area), the agency answers with its
 * rectification and the bureau concludes. Every method checks before it writes and audits last.
 */
@Singleton
public class InspectionService {

    static final String ENTITY = "Inspection";
    static final String ITEM = "InspectionItem";
    static final Set<String> CHECK_RESULTS = Set.of("MET", "PARTLY_MET", "NOT_MET");

    private final Repositories.InspectionRepository inspections;
    private final Repositories.ItemRepository items;
    private final Repositories.WorkpaperRepository workpapers;
    private final Repositories.FindingRepository findings;
    private final RuleBook book;
    private final SupervisionRules.SettingsTable settingsTable;
    private final SupervisionRules.ChecklistTable checklistTable;
    private final CreditRuleTables.EventTypeTable eventTypes;
    private final CreditEventService creditEvents;
    private final DocumentStore documents;
    private final JdbcOperations jdbc;
    private final JsonText json;
    private final AuditLog audit;
    private final BureauClock clock;
    private final Inbox inbox;
    private final gov.bureau.portal.credit.CreditStandings standings;

    static final String AGENCY_PAGE = "/supervision/me";

    InspectionService(Repositories.InspectionRepository inspections, Repositories.ItemRepository items,
                      Repositories.WorkpaperRepository workpapers, Repositories.FindingRepository findings, RuleBook book,
                      SupervisionRules.SettingsTable settingsTable, SupervisionRules.ChecklistTable checklistTable,
                      CreditRuleTables.EventTypeTable eventTypes, CreditEventService creditEvents, DocumentStore documents,
                      JdbcOperations jdbc, JsonText json, AuditLog audit, BureauClock clock, Inbox inbox,
                      gov.bureau.portal.credit.CreditStandings standings) {
        this.inspections = inspections;
        this.items = items;
        this.workpapers = workpapers;
        this.findings = findings;
        this.book = book;
        this.settingsTable = settingsTable;
        this.checklistTable = checklistTable;
        this.eventTypes = eventTypes;
        this.creditEvents = creditEvents;
        this.documents = documents;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
        this.inbox = inbox;
        this.standings = standings;
    }

    // ------------------------------------------------------------------ opening and verifying

    @Transactional
    public SupervisionViews.Opened open(Actor actor, SupervisionCommands.OpenInspection command) {
        RuleVersion<SupervisionRules.Settings> settings = book.current(settingsTable);
        RuleVersion<SupervisionRules.Checklist> checklist = book.current(checklistTable);
        boolean recheck = command.kind() == InspectionKind.RECHECK;
        BigDecimal share = command.share() != null ? command.share()
                : recheck ? settings.content().recheckShare() : settings.content().practiceShare();
        int minimum = command.minimum() != null ? command.minimum()
                : recheck ? settings.content().recheckMinimum() : settings.content().practiceMinimum();
        List<FieldProblem> problems = new ArrayList<>();
        SupervisionRules.share(problems, "share", share);
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        List<StratifiedSample.Item> population = recheck ? acceptedIn(command.year()) : activePool();
        if (population.isEmpty()) {
            throw PortalException.invalid("year", recheck ? "validation.supervision-no-accepted" : "validation.supervision-no-agencies");
        }
        List<Long> inspectorPool = recheck ? List.of() : staffPool();
        if (!recheck && inspectorPool.isEmpty()) {
            throw PortalException.invalid("kind", "validation.supervision-no-inspectors");
        }
        int perItem = recheck ? 0 : settings.content().inspectorsPerItem();
        String seed = WeightedDraw.newSeed();
        StratifiedSample.Result result = StratifiedSample.draw(population, share, minimum, seed);
        Instant now = clock.now();
        Records.Inspection saved = inspections.save(new Records.Inspection(null, command.kind(), command.year(), share,
                minimum, seed, population.size(), populationJson(population),
                recheck ? null : json.write(inspectorPool), perItem, checklist.id(), settings.id(), "OPEN", null,
                actor.userId(), actor.username(), now));
        long id = saved.id();
        insertItems(id, recheck, result.sample());
        List<Records.Item> stored = items.findByInspection(id);
        if (!recheck) {
            insertInspectors(stored, inspectorPool, perItem, seed);
        }
        List<SupervisionViews.SampledItem> answer = stored.stream().map(i -> new SupervisionViews.SampledItem(i.id(),
                i.engagementId(), i.agencyId())).toList();
        audit.record(actor, "INSPECTION_OPENED", ENTITY, id, Changes.create().set("kind", command.kind())
                .set("year", command.year()).set("share", share).set("minimum", minimum).set("seed", seed)
                .set("population", population.size()).set("sample", answer.size()).set("checklistVersionId", checklist.id())
                .toMap());
        return new SupervisionViews.Opened(id, command.kind(), command.year(), seed, population.size(), result.size(),
                result.strata(), share, minimum, answer);
    }

    /** Re-runs the draw from the stored record (seed, population, share, minimum, inspector pool). */
    @Transactional
    public SupervisionViews.Verification verify(long id) {
        Records.Inspection in = inspections.findById(id).orElseThrow(PortalException::notFound);
        List<StratifiedSample.Item> population = parsePopulation(in.population());
        StratifiedSample.Result again = StratifiedSample.draw(population, in.share(), in.minimum(), in.seed());
        List<Records.Item> stored = items.findByInspection(id);
        boolean same = population.size() == in.populationSize()
                && again.sample().stream().map(StratifiedSample.Item::subject).toList()
                .equals(stored.stream().map(Records.Item::subjectId).toList());
        if (same && in.kind() == InspectionKind.PRACTICE_QUALITY) {
            List<Long> pool = json.read(in.inspectorPool(), Argument.listOf(Long.class));
            Map<Long, List<Long>> teams = inspectorsOf(stored.stream().map(Records.Item::id).toList());
            for (Records.Item i : stored) {
                List<Long> expected = StratifiedSample.choose(pool, in.inspectorsPerItem(), in.seed(), "i:" + i.subjectId() + ":");
                if (!expected.equals(teams.getOrDefault(i.id(), List.of()))) {
                    same = false;
                }
            }
        }
        return new SupervisionViews.Verification(same, population.size(), stored.size());
    }

    /** The engagements whose current acceptance was scored in the year (bureau's calendar), with their agencies. */
    List<StratifiedSample.Item> acceptedIn(int year) {
        Timestamp from = Timestamp.from(clock.startOf(LocalDate.of(year, 1, 1)));
        Timestamp to = Timestamp.from(clock.startOf(LocalDate.of(year + 1, 1, 1)));
        return jdbc.prepareStatement("SELECT ac.engagement_id, e.agency_id FROM acceptance ac JOIN engagement e ON e.id = ac.engagement_id "
                + "WHERE ac.scored_at >= ? AND ac.scored_at < ? AND ac.superseded_at IS NULL AND e.agency_id IS NOT NULL "
                + "AND e.state IN ('ACCEPTED', 'SETTLED', 'CLOSED')", ps -> {
            ps.setTimestamp(1, from);
            ps.setTimestamp(2, to);
            return items(ps);
        });
    }

    /** The active pool: approved agencies not on the blacklist (the credit area's published standing). */
    List<StratifiedSample.Item> activePool() {
        standings.refresh(); // the published standing as fresh as the credit pages (CONTRIBUTING "Credit")
        return jdbc.prepareStatement("SELECT a.id, a.id FROM agency a JOIN credit_standing s ON s.agency_id = a.id "
                + "WHERE a.status = '" + AgencyStatus.APPROVED.name() + "' AND s.blacklisted = FALSE", this::items);
    }

    List<Long> staffPool() {
        return jdbc.prepareStatement("SELECT id FROM app_user WHERE enabled = TRUE AND CONCAT(',', roles, ',') LIKE '%,STAFF,%' ORDER BY id", ps -> {
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    private List<StratifiedSample.Item> items(PreparedStatement ps) throws java.sql.SQLException {
        List<StratifiedSample.Item> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (seen.add(rs.getLong(1))) {
                    out.add(new StratifiedSample.Item(rs.getLong(1), rs.getLong(2)));
                }
            }
        }
        out.sort(java.util.Comparator.comparingLong(StratifiedSample.Item::subject));
        return out;
    }

    static String populationJson(List<StratifiedSample.Item> population) {
        StringBuilder sb = new StringBuilder(population.size() * 16).append('[');
        List<StratifiedSample.Item> sorted = new ArrayList<>(population);
        sorted.sort(java.util.Comparator.comparingLong(StratifiedSample.Item::subject));
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('[').append(sorted.get(i).subject()).append(',').append(sorted.get(i).stratum()).append(']');
        }
        return sb.append(']').toString();
    }

    List<StratifiedSample.Item> parsePopulation(String text) {
        List<List<Long>> pairs = json.read(text, Argument.listOf(Argument.listOf(Long.class)));
        return pairs.stream().map(p -> new StratifiedSample.Item(p.get(0), p.get(1))).toList();
    }

    private void insertItems(long inspectionId, boolean recheck, List<StratifiedSample.Item> sample) {
        jdbc.prepareStatement("INSERT INTO inspection_item (inspection_id, subject_id, agency_id, engagement_id, status, version) "
                + "VALUES (?, ?, ?, ?, 'SAMPLED', 0)", ps -> {
            for (StratifiedSample.Item i : sample) {
                ps.setLong(1, inspectionId);
                ps.setLong(2, i.subject());
                ps.setLong(3, i.stratum());
                if (recheck) {
                    ps.setLong(4, i.subject());
                } else {
                    ps.setNull(4, java.sql.Types.BIGINT);
                }
                ps.addBatch();
            }
            ps.executeBatch();
            return null;
        });
    }

    private void insertInspectors(List<Records.Item> stored, List<Long> pool, int perItem, String seed) {
        jdbc.prepareStatement("INSERT INTO inspection_inspector (item_id, user_id) VALUES (?, ?)", ps -> {
            for (Records.Item i : stored) {
                for (long user : StratifiedSample.choose(pool, perItem, seed, "i:" + i.subjectId() + ":")) {
                    ps.setLong(1, i.id());
                    ps.setLong(2, user);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
            return null;
        });
    }

    Map<Long, List<Long>> inspectorsOf(List<Long> itemIds) {
        Map<Long, List<Long>> out = new HashMap<>();
        if (itemIds.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(itemIds.size(), "?"));
        jdbc.prepareStatement("SELECT item_id, user_id FROM inspection_inspector WHERE item_id IN (" + marks + ") ORDER BY item_id, user_id", ps -> {
            for (int i = 0; i < itemIds.size(); i++) {
                ps.setLong(i + 1, itemIds.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
            return null;
        });
        return out;
    }

    // ------------------------------------------------------------------ working papers

    @Transactional
    public Records.Item requestPapers(Actor actor, long inspectionId, long itemId, SupervisionCommands.RequestPapers command) {
        Records.Item item = lockItem(inspectionId, itemId);
        LocalDate today = clock.today();
        int days = book.current(settingsTable).content().workpaperDays();
        LocalDate deadline = command == null || command.deadline() == null ? today.plusDays(days) : command.deadline();
        if (deadline.isBefore(today)) {
            throw PortalException.invalid("deadline", "validation.supervision-deadline-past");
        }
        String note = command == null || command.note() == null || command.note().isBlank() ? null : command.note().trim();
        Records.Item updated = items.update(item.papersRequested(today, deadline, note));
        inbox.notifyAgency(item.agencyId(), "inbox.supervision.papers-requested", List.of(deadline.toString()), note, AGENCY_PAGE);
        audit.record(actor, "INSPECTION_PAPERS_REQUESTED", ITEM, itemId, Changes.create().set("inspectionId", inspectionId)
                .set("agencyId", item.agencyId()).set("deadline", deadline).toMap(), note);
        return updated;
    }

    @Transactional
    public Records.Workpaper uploadPapers(Actor actor, long inspectionId, long itemId, DocumentStore.Upload file) {
        Records.Item seen = items.findById(itemId).filter(i -> i.inspectionId() == inspectionId)
                .orElseThrow(PortalException::notFound);
        if (!actor.isAgency(seen.agencyId())) {
            throw PortalException.notFound();
        }
        Records.Item item = lockItem(inspectionId, itemId);
        if (item.status() != ItemStatus.PAPERS_REQUESTED && item.status() != ItemStatus.PAPERS_SUBMITTED) {
            throw PortalException.conflict("PAPERS_NOT_REQUESTED");
        }
        if (item.papersDeadline() != null && clock.today().isAfter(item.papersDeadline())) {
            throw PortalException.conflict("PAPERS_DEADLINE_PASSED");
        }
        DocumentStore.Stored stored = documents.store("inspection-workpapers", file, DocumentStore.ANY);
        Instant now = clock.now();
        Records.Workpaper w = workpapers.save(new Records.Workpaper(null, itemId, stored.fileName(), stored.key(),
                stored.type().name(), stored.size(), stored.sha256(), actor.username(), now));
        items.update(item.papersSubmitted(now));
        audit.record(actor, "INSPECTION_PAPERS_UPLOADED", ITEM, itemId, Changes.create().set("inspectionId", inspectionId)
                .set("workpaperId", w.id()).set("fileName", w.fileName()).set("sha256", w.sha256()).toMap());
        return w;
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    /** A working paper, for the bureau or the agency that uploaded it (another agency: 404). */
    @Transactional
    public Download workpaper(Actor actor, long inspectionId, long itemId, long paperId) {
        Records.Item item = items.findById(itemId).filter(i -> i.inspectionId() == inspectionId)
                .orElseThrow(PortalException::notFound);
        if (!actor.maySeeAgency(item.agencyId())) {
            throw PortalException.notFound();
        }
        Records.Workpaper w = workpapers.findById(paperId).filter(p -> p.itemId() == itemId).orElseThrow(PortalException::notFound);
        byte[] bytes = documents.bytes(w.storageKey()).orElseThrow(PortalException::notFound);
        return new Download(w.fileName(), gov.bureau.portal.documents.FileType.valueOf(w.fileType()).contentType(), bytes);
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
        Records.Item item = lockItem(inspectionId, itemId);
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
        inbox.notifyAgency(item.agencyId(), "inbox.supervision.finding", List.of(), comment, AGENCY_PAGE);
        audit.record(actor, "INSPECTION_FINDING_RECORDED", ITEM, itemId, Changes.create().set("inspectionId", inspectionId)
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
        Records.Item item = lockItem(inspectionId, itemId);
        Records.Item updated = items.update(item.rectified(command.answer().trim(), clock.now()));
        audit.record(actor, "INSPECTION_RECTIFIED", ITEM, itemId, Changes.create().set("inspectionId", inspectionId)
                .diff("status", item.status(), updated.status()).toMap());
        return updated;
    }

    @Transactional
    public Records.Item conclude(Actor actor, long inspectionId, long itemId, SupervisionCommands.Conclude command) {
        Records.Item item = lockItem(inspectionId, itemId);
        String comment = command.comment() == null || command.comment().isBlank() ? null : command.comment().trim();
        Records.Item updated = items.update(item.concluded(command.outcome(), comment, actor.username(), clock.now()));
        audit.record(actor, "INSPECTION_CONCLUDED", ITEM, itemId, Changes.create().set("inspectionId", inspectionId)
                .set("outcome", command.outcome()).toMap(), comment);
        return updated;
    }

    /** The inspection's results go into the yearly public list (agency, item, conclusion). */
    @Transactional
    public void publish(Actor actor, long inspectionId) {
        Records.Inspection in = inspections.findByIdForUpdate(inspectionId).orElseThrow(PortalException::notFound);
        if (in.publishedAt() != null) {
            throw PortalException.conflict("INSPECTION_PUBLISHED");
        }
        inspections.update(in.published(clock.now()));
        audit.record(actor, "INSPECTION_PUBLISHED", ENTITY, inspectionId, Changes.create().set("year", in.year()).toMap());
    }

    private Records.Item lockItem(long inspectionId, long itemId) {
        Records.Item item = items.findByIdForUpdate(itemId).orElseThrow(PortalException::notFound);
        if (item.inspectionId() != inspectionId) {
            throw PortalException.notFound();
        }
        return item;
    }
}
