package gov.bureau.portal.agency;

import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.documents.FileType;
import gov.bureau.portal.documents.LocalFileObjectStorage;
import gov.bureau.portal.identity.Actor;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpStatus;
import io.micronaut.objectstorage.ObjectStorageEntry;
import io.micronaut.objectstorage.ObjectStorageOperations;
import io.micronaut.objectstorage.request.UploadRequest;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Proof documents (证明材料): uploaded by the agency into its working profile, read by the agency and
 * the bureau. The type is decided from the content, the size is limited
 * ({@code portal.documents.max-size}, default 10 MB), a SHA-256 is kept, the bytes go to the object
 * store named {@code documents}.
 */
@Singleton
public class DocumentService {

    private final AgencyService agencyService;
    private final AgencyRepository agencies;
    private final AgencyDocumentRepository documents;
    private final ProfileStore store;
    private final ObjectStorageOperations<?, ?, ?> storage;
    private final AuditLog audit;
    private final BureauClock clock;
    private final long maxSize;

    DocumentService(AgencyService agencyService, AgencyRepository agencies, AgencyDocumentRepository documents,
                    ProfileStore store, @Named(LocalFileObjectStorage.NAME) ObjectStorageOperations<?, ?, ?> storage,
                    AuditLog audit, BureauClock clock,
                    @Value("${portal.documents.max-size:10MB}") @ReadableBytes long maxSize) {
        this.agencyService = agencyService;
        this.agencies = agencies;
        this.documents = documents;
        this.store = store;
        this.storage = storage;
        this.audit = audit;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    public long maxSize() {
        return maxSize;
    }

    /** A file as it arrived: its name, its declared size and a way to read it. */
    public interface Upload {
        String name();

        long size();

        InputStream open() throws IOException;
    }

    @Transactional
    public ProfileData.DocumentRef upload(Actor actor, DocumentCategory category, Upload file) {
        Agency a = agencyService.own(actor, true);
        AgencyService.EditMode mode = AgencyService.editMode(a);
        if (category == null) {
            throw PortalException.invalid("category", "validation.required");
        }
        if (file.size() > maxSize) {
            throw tooLarge();
        }
        byte[] bytes = read(file);
        if (bytes.length == 0) {
            throw PortalException.invalid("file", "validation.file-empty");
        }
        FileType type = FileType.detect(bytes).orElseThrow(() -> PortalException.invalid("file", "validation.file-type"));
        String sha256 = sha256(bytes);
        String key = "agencies/" + a.getId() + "/" + UUID.randomUUID() + "." + type.extension();
        storage.upload(UploadRequest.fromBytes(bytes, key, type.contentType()));
        AgencyDocument doc;
        try {
            doc = documents.save(new AgencyDocument(null, a.getId(), category, FileType.safeName(file.name(), type),
                    type.contentType(), bytes.length, sha256, key, mode == AgencyService.EditMode.DRAFT, clock.now(),
                    actor.username()));
            ProfileData.DocumentRef ref = ProfileStore.ref(doc);
            if (mode == AgencyService.EditMode.CHANGE) {
                ProfileData working = agencyService.workingCopy(a);
                List<ProfileData.DocumentRef> docs = new ArrayList<>(working.documents());
                docs.add(ref);
                a.setPendingChange(store.toJson(working.withDocuments(docs)));
                a.setChangeState(ChangeState.EDITING);
                agencies.update(a);
            }
            audit.record(actor, "AGENCY_DOCUMENT_UPLOADED", AgencyService.ENTITY, a.getId(), Changes.create()
                    .set("documentId", doc.id()).set("category", category).set("fileName", doc.fileName())
                    .set("contentType", doc.contentType()).set("size", doc.sizeBytes()).set("sha256", sha256).toMap());
            return ref;
        } catch (RuntimeException e) {
            storage.delete(key);
            throw e;
        }
    }

    /** Takes a document out of the working profile; the file stays, as submitted versions may name it. */
    @Transactional
    public void remove(Actor actor, long documentId) {
        Agency a = agencyService.own(actor, true);
        AgencyService.EditMode mode = AgencyService.editMode(a);
        AgencyDocument doc = documents.findById(documentId).filter(d -> d.agencyId() == a.getId())
                .orElseThrow(PortalException::notFound);
        ProfileData working = agencyService.workingCopy(a);
        if (working.documents().stream().noneMatch(d -> d.id() == documentId)) {
            throw PortalException.notFound();
        }
        if (mode == AgencyService.EditMode.DRAFT) {
            documents.update(new AgencyDocument(doc.id(), doc.agencyId(), doc.category(), doc.fileName(), doc.contentType(),
                    doc.sizeBytes(), doc.sha256(), doc.storageKey(), false, doc.uploadedAt(), doc.uploadedBy()));
        } else {
            a.setPendingChange(store.toJson(working.withDocuments(
                    working.documents().stream().filter(d -> d.id() != documentId).toList())));
            a.setChangeState(ChangeState.EDITING);
            agencies.update(a);
        }
        audit.record(actor, "AGENCY_DOCUMENT_REMOVED", AgencyService.ENTITY, a.getId(), Changes.create()
                .set("documentId", documentId).set("fileName", doc.fileName()).toMap());
    }

    public record Download(AgencyDocument document, ObjectStorageEntry<?> entry) {
    }

    /** The agency's own documents and, for the bureau, any agency's; otherwise not found. */
    @Transactional
    public Download download(Actor actor, long agencyId, long documentId) {
        Agency a = agencyService.visible(actor, agencyId);
        AgencyDocument doc = documents.findById(documentId).filter(d -> d.agencyId() == a.getId())
                .orElseThrow(PortalException::notFound);
        ObjectStorageEntry<?> entry = storage.retrieve(doc.storageKey()).map(e -> (ObjectStorageEntry<?>) e)
                .orElseThrow(PortalException::notFound);
        return new Download(doc, entry);
    }

    private byte[] read(Upload file) {
        try (InputStream in = file.open()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(file.size(), 0), maxSize) + 1);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxSize) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PortalException tooLarge() {
        return new PortalException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "FILE_TOO_LARGE",
                List.of(new FieldProblem("file", "validation.file-too-large", maxSize / (1024 * 1024))), maxSize / (1024 * 1024));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
