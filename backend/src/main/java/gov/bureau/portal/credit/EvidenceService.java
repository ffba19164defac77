package gov.bureau.portal.credit;

import gov.bureau.portal.documents.DocumentStore;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Evidence files of events, objections and blacklistings: uploaded one by one (type checked from the content, size
 * limited, SHA-256 kept), then attached by id when the event or objection is saved. Unattached
 * uploads older than a day are removed by the daily job.
 */
@Singleton
public class EvidenceService {

    static final int MAX_FILES = 10;

    private final EvidenceFileRepository files;
    private final DocumentStore store;
    private final CreditEventRepository events;
    private final CreditObjectionRepository objections;
    private final BlacklistRepository blacklist;
    private final AuditLog audit;
    private final BureauClock clock;

    EvidenceService(EvidenceFileRepository files, DocumentStore store, CreditEventRepository events,
                    CreditObjectionRepository objections, BlacklistRepository blacklist, AuditLog audit, BureauClock clock) {
        this.files = files;
        this.store = store;
        this.events = events;
        this.objections = objections;
        this.blacklist = blacklist;
        this.audit = audit;
        this.clock = clock;
    }

    @Serdeable
    public record FileView(Long id, String fileName, String contentType, long sizeBytes, String sha256) {
        static FileView of(EvidenceFile f) {
            return new FileView(f.id(), f.fileName(), f.contentType(), f.sizeBytes(), f.sha256());
        }
    }

    @Transactional
    public FileView upload(Actor actor, DocumentStore.Upload file) {
        DocumentStore.Stored stored = store.store("credit", file, DocumentStore.ANY);
        try {
            EvidenceFile saved = files.save(new EvidenceFile(null, null, null, stored.fileName(), stored.contentType(),
                    stored.size(), stored.sha256(), stored.key(), actor.userId(), actor.username(), actor.agencyId(), clock.now()));
            audit.record(actor, "CREDIT_FILE_UPLOADED", "CreditFile", saved.id(), Changes.create()
                    .set("fileName", saved.fileName()).set("contentType", stored.contentType()).set("sizeBytes", saved.sizeBytes())
                    .set("sha256", saved.sha256()).toMap());
            return FileView.of(saved);
        } catch (RuntimeException e) {
            store.delete(stored.key());
            throw e;
        }
    }

    /** Problems with files about to be attached: each must be the caller's own, not yet attached upload. */
    @Transactional
    public List<FieldProblem> check(Actor actor, @Nullable List<Long> fileIds) {
        List<FieldProblem> problems = new ArrayList<>();
        if (fileIds == null || fileIds.isEmpty()) {
            return problems;
        }
        if (fileIds.size() > MAX_FILES) {
            problems.add(new FieldProblem("fileIds", "validation.credit-file-count", MAX_FILES));
            return problems;
        }
        if (new HashSet<>(fileIds).size() != fileIds.size() || fileIds.stream().anyMatch(Objects::isNull)) {
            problems.add(new FieldProblem("fileIds", "validation.credit-file-unavailable"));
            return problems;
        }
        Map<Long, EvidenceFile> found = new LinkedHashMap<>();
        files.lockByIds(fileIds).forEach(f -> found.put(f.id(), f));
        for (int i = 0; i < fileIds.size(); i++) {
            EvidenceFile f = found.get(fileIds.get(i));
            if (f == null || f.ownerType() != null || !Objects.equals(f.uploadedById(), actor.userId())) {
                problems.add(new FieldProblem("fileIds[" + i + "]", "validation.credit-file-unavailable"));
            }
        }
        return problems;
    }

    @Transactional
    public void attach(@Nullable List<Long> fileIds, String ownerType, long ownerId) {
        if (fileIds == null || fileIds.isEmpty()) {
            return;
        }
        files.lockByIds(fileIds).forEach(f -> files.update(f.attachTo(ownerType, ownerId)));
    }

    @Transactional
    public Map<Long, List<FileView>> filesOf(String ownerType, Collection<Long> ownerIds) {
        Map<Long, List<FileView>> result = new LinkedHashMap<>();
        if (ownerIds.isEmpty()) {
            return result;
        }
        List<Long> ids = List.copyOf(ownerIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            files.findByOwnerTypeAndOwnerIdInOrderById(ownerType, ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .forEach(f -> result.computeIfAbsent(f.ownerId(), k -> new ArrayList<>()).add(FileView.of(f)));
        }
        return result;
    }

    public record Download(EvidenceFile file, InputStream content) {
    }

    /** The bureau sees every evidence file; an agency those of its own events, objections and blacklistings; anyone their own uploads. */
    @Transactional
    public Download open(Actor actor, long id) {
        EvidenceFile f = files.findById(id).orElseThrow(PortalException::notFound);
        if (!mayRead(actor, f)) {
            throw PortalException.notFound();
        }
        return new Download(f, store.retrieve(f.storageKey()).orElseThrow(PortalException::notFound).getInputStream());
    }

    private boolean mayRead(Actor actor, EvidenceFile f) {
        if (Objects.equals(f.uploadedById(), actor.userId())) {
            return true;
        }
        if (f.ownerType() == null) {
            return false;
        }
        if (actor.isBureau()) {
            return true;
        }
        if (!actor.isAgency() || actor.agencyId() == null) {
            return false;
        }
        Optional<Long> agency = switch (f.ownerType()) {
            case EvidenceFile.EVENT -> events.findById(f.ownerId()).map(CreditEvent::getAgencyId);
            case EvidenceFile.BLACKLIST -> blacklist.findById(f.ownerId()).map(BlacklistEntry::getAgencyId);
            default -> objections.findById(f.ownerId()).map(CreditObjection::getAgencyId);
        };
        return agency.filter(actor.agencyId()::equals).isPresent();
    }

    /** Removes uploads never attached to anything within a day; answers how many. */
    @Transactional
    public int removeAbandonedUploads() {
        List<EvidenceFile> abandoned = files.findUnattachedBefore(clock.now().minus(Duration.ofDays(1)));
        for (EvidenceFile f : abandoned) {
            files.delete(f);
            store.delete(f.storageKey());
        }
        return abandoned.size();
    }
}
