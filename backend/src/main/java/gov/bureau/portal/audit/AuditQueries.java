package gov.bureau.portal.audit;

import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Reading the audit log: the filtered list and the chain verification. */
@Singleton
public class AuditQueries {

    private static final Map<String, String> SORTABLE = Map.of(
            "seq", "seq", "occurredAt", "occurredAt", "actor", "actorName", "action", "action", "entityType", "entityType");
    private static final int VERIFY_BATCH = 2000;

    private final AuditRepository repository;
    private final BureauClock clock;

    public AuditQueries(AuditRepository repository, BureauClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public record Filter(@Nullable String actor, @Nullable String entityType, @Nullable String entityId,
                         @Nullable String action, @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    @Transactional
    public PageResponse<AuditView> list(Filter filter, PageQuery page) {
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
        return PageResponse.of(repository.findAll(spec, page.toPageable(SORTABLE, "seq,desc")),
                e -> AuditView.of(e, clock.zone()));
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
