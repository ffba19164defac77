package gov.bureau.portal.supervision;

import gov.bureau.portal.agency.AgencyStatus;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.JsonText;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.WeightedDraw;
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
import java.util.Set;

/**
 * Opening an inspection (DOMAIN.md §11): its sample drawn from the population (accepted engagements of the year
 * for a re-check, the active pool for a practice-quality inspection) and, for the latter, its inspectors; the
 * record kept so that {@link #verify} re-runs the draw. Then working papers are requested and uploaded
 * ({@link InspectionPapers}), findings recorded, the agency answers with its rectification and the bureau
 * concludes ({@link InspectionFindings}); {@link InspectionQueries} reads. Every method checks before it writes
 * and audits last.
 */
@Singleton
public class InspectionSampling {

    static final String ENTITY = "Inspection";

    private final Repositories.InspectionRepository inspections;
    private final Repositories.ItemRepository items;
    private final RuleBook book;
    private final SupervisionRules.SettingsTable settingsTable;
    private final SupervisionRules.ChecklistTable checklistTable;
    private final JdbcOperations jdbc;
    private final JsonText json;
    private final AuditLog audit;
    private final BureauClock clock;
    private final gov.bureau.portal.credit.CreditStandings standings;

    InspectionSampling(Repositories.InspectionRepository inspections, Repositories.ItemRepository items, RuleBook book,
                       SupervisionRules.SettingsTable settingsTable, SupervisionRules.ChecklistTable checklistTable,
                       JdbcOperations jdbc, JsonText json, AuditLog audit, BureauClock clock,
                       gov.bureau.portal.credit.CreditStandings standings) {
        this.inspections = inspections;
        this.items = items;
        this.book = book;
        this.settingsTable = settingsTable;
        this.checklistTable = checklistTable;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
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
}
