package gov.bureau.portal.agency;

import gov.bureau.portal.documents.DocumentStore;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.objectstorage.ObjectStorageEntry;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

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
    private final DocumentStore files;
    private final AuditLog audit;
    private final BureauClock clock;

    DocumentService(AgencyService agencyService, AgencyRepository agencies, AgencyDocumentRepository documents,
                    ProfileStore store, DocumentStore files, AuditLog audit, BureauClock clock) {
        this.agencyService = agencyService;
        this.agencies = agencies;
        this.documents = documents;
        this.store = store;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ProfileData.DocumentRef upload(Actor actor, DocumentCategory category, DocumentStore.Upload file) {
        Agency a = agencyService.own(actor, true);
        AgencyService.EditMode mode = AgencyService.editMode(a);
        if (category == null) {
            throw PortalException.malformed("category", "validation.required");
        }
        DocumentStore.Stored stored = files.store("agencies/" + a.getId(), file, DocumentStore.ANY);
        AgencyDocument doc;
        try {
            doc = documents.save(new AgencyDocument(null, a.getId(), category, stored.fileName(), stored.contentType(),
                    stored.size(), stored.sha256(), stored.key(), mode == AgencyService.EditMode.DRAFT, clock.now(),
                    actor.username()));
            ProfileData.DocumentRef ref = ProfileStore.ref(doc);
            if (mode == AgencyService.EditMode.CHANGE) {
                ProfileData working = agencyService.workingCopy(a);
                List<ProfileData.DocumentRef> docs = new ArrayList<>(working.documents());
                docs.add(ref);
                AgencyService.moveChange(a, ChangeState.Move.EDIT, "CHANGE_UNDER_REVIEW");
                a.setPendingChange(store.toJson(working.withDocuments(docs)));
                agencies.update(a);
            }
            audit.record(actor, "AGENCY_DOCUMENT_UPLOADED", AgencyService.ENTITY, a.getId(), Changes.create()
                    .set("documentId", doc.id()).set("category", category).set("fileName", doc.fileName())
                    .set("contentType", doc.contentType()).set("size", doc.sizeBytes()).set("sha256", stored.sha256()).toMap());
            return ref;
        } catch (RuntimeException e) {
            files.delete(stored.key());
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
            AgencyService.moveChange(a, ChangeState.Move.EDIT, "CHANGE_UNDER_REVIEW");
            a.setPendingChange(store.toJson(working.withDocuments(
                    working.documents().stream().filter(d -> d.id() != documentId).toList())));
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
        ObjectStorageEntry<?> entry = files.retrieve(doc.storageKey()).orElseThrow(PortalException::notFound);
        return new Download(doc, entry);
    }

}
