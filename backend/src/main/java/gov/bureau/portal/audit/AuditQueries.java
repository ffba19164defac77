package gov.bureau.portal.audit;

import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import io.micronaut.http.annotation.QueryValue;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading the audit log: the filtered list and the chain verification. */
@Singleton
public class AuditQueries {

    private static final Map<String, String> SORTABLE = Map.of(
            "seq", "seq", "occurredAt", "occurredAt", "actor", "actorName", "action", "action", "entityType", "entityType");
    private static final int VERIFY_BATCH = 2000;

    private final AuditRepository repository;
    private final BureauClock clock;
    private final AuditReading reading;
    private final JdbcOperations jdbc;

    public AuditQueries(AuditRepository repository, BureauClock clock, AuditReading reading, JdbcOperations jdbc) {
        this.repository = repository;
        this.clock = clock;
        this.reading = reading;
        this.jdbc = jdbc;
    }

    /** What the drop-down filters offer: the actions and entity types the log holds, named in the reader's language. */
    @Serdeable
    public record Option(String code, String name) {
    }

    @Serdeable
    public record Facets(List<Option> actions, List<Option> entityTypes) {
    }

    /** The log's filters, bound from the query string as one bean ({@code @RequestBean}) shared by the list and its export. */
    @Introspected
    public record Filter(@Nullable @QueryValue String actor, @Nullable @QueryValue String entityType,
                         @Nullable @QueryValue String entityId, @Nullable @QueryValue String action,
                         @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to) {
    }

    @Transactional
    public PageResponse<AuditView> list(Filter filter, PageQuery page, Locale locale) {
        Page<AuditEntry> found = repository.findAll(specification(filter), page.toPageable(SORTABLE, "seq,desc"));
        Map<String, Map<String, String>> names = reading.names(found.getContent());
        return PageResponse.of(found, e -> reading.view(e, locale, names, clock.zone()));
    }

    /** The entries an export writes: the list's filters and sort, at most {@link SqlList#MAX_ROWS} rows. */
    @Transactional
    public List<AuditView> export(Filter filter, String sort, Locale locale) {
        Pageable sorted = PageQuery.of(0, 1, sort).toPageable(SORTABLE, "seq,desc");
        Page<AuditEntry> found = repository.findAll(specification(filter), Pageable.from(0, SqlList.MAX_ROWS, sorted.getSort()));
        Map<String, Map<String, String>> names = reading.names(found.getContent());
        return found.getContent().stream().map(e -> reading.view(e, locale, names, clock.zone())).toList();
    }

    @Transactional
    public Facets facets(Locale locale) {
        // loose index scans: ix_audit_log_action and ix_audit_log_entity lead with these columns
        List<Option> actions = distinct("SELECT DISTINCT action FROM audit_log").stream()
                .map(a -> new Option(a, reading.actionName(locale, a))).sorted(BY_NAME).toList();
        List<Option> types = distinct("SELECT DISTINCT entity_type FROM audit_log").stream()
                .map(a -> new Option(a, reading.entityTypeName(locale, a))).sorted(BY_NAME).toList();
        return new Facets(actions, types);
    }

    private static final Comparator<Option> BY_NAME = Comparator.comparing(Option::name, Collator.getInstance(Locale.SIMPLIFIED_CHINESE));

    private List<String> distinct(String sql) {
        return jdbc.prepareStatement(sql, s -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    private PredicateSpecification<AuditEntry> specification(Filter filter) {
        PredicateSpecification<AuditEntry> spec = PredicateSpecification.where(null);
        if (notBlank(filter.actor())) {
            spec = spec.and((root, cb) -> cb.equal(root.get("actorName"), filter.actor().trim()));
        }
        if (notBlank(filter.entityType())) {
            spec = spec.and((root, cb) -> cb.equal(root.get("entityType"), filter.entityType().trim()));
        }
        if (notBlank(filter.entityId())) {
            spec = spec.and((root, cb) -> cb.equal(root.get("entityId"), filter.entityId().trim()));
        }
        if (notBlank(filter.action())) {
            spec = spec.and((root, cb) -> cb.equal(root.get("action"), filter.action().trim()));
        }
        if (filter.from() != null) {
            Instant from = clock.startOf(filter.from());
            spec = spec.and((root, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
        }
        if (filter.to() != null) {
            Instant to = clock.startOf(filter.to().plusDays(1));
            spec = spec.and((root, cb) -> cb.lessThan(root.get("occurredAt"), to));
        }
        return spec;
    }

    /** Walks the whole chain in slices, so memory stays flat however long the log grows. */
    @Transactional
    public AuditChain.Verification verify() {
        ChainHead head = repository.readHead();
        AuditChain.Verification state = AuditChain.Verification.start();
        long after = 0;
        while (true) {
            List<AuditEntry> slice = repository.findChainSlice(after, VERIFY_BATCH);
            if (slice.isEmpty()) {
                break;
            }
            state = AuditChain.verify(slice, state);
            if (!state.valid()) {
                return state;
            }
            after = slice.get(slice.size() - 1).seq();
        }
        return state.checkHead(head.lastSeq(), head.lastHash());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
