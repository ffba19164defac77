package gov.bureau.portal.engagement;

import gov.bureau.portal.documents.DocumentStore;
import gov.bureau.portal.common.PortalException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Read-only facts of an engagement for other areas (experts): what it is, its selected agency, its
 * units and its plan and report files. Callers apply their own visibility rule.
 */
@Singleton
public class EngagementFacts {

    public record Facts(long id, String title, String type, String state, @Nullable Long agencyId, String commissioningUnit,
                        List<String> unitNames) {
    }

    public record File(long id, String purpose, String fileName, long sizeBytes, String sha256, java.time.Instant uploadedAt) {
    }

    private final EngagementRepository engagements;
    private final EvaluatedUnitRepository units;
    private final EngagementDocumentRepository documents;
    private final DocumentStore files;

    EngagementFacts(EngagementRepository engagements, EvaluatedUnitRepository units, EngagementDocumentRepository documents,
                    DocumentStore files) {
        this.engagements = engagements;
        this.units = units;
        this.documents = documents;
        this.files = files;
    }

    @Transactional
    public Optional<Facts> facts(long id) {
        return engagements.findById(id).map(e -> new Facts(e.getId(), e.getTitle(), e.getType().name(), e.getState().name(),
                e.getAgencyId(), e.getCommissioningUnit(),
                units.findByEngagementIdOrderByPosition(id).stream().map(EvaluatedUnit::unitName).toList()));
    }

    /** The engagement's plan and report files (what a panel reads). */
    @Transactional
    public List<File> reviewFiles(long id) {
        return documents.findByEngagementIdOrderByUploadedAt(id).stream()
                .filter(d -> "PLAN".equals(d.purpose()) || "REPORT".equals(d.purpose()))
                .map(d -> new File(d.id(), d.purpose(), d.fileName(), d.sizeBytes(), d.sha256(), d.uploadedAt())).toList();
    }

    /** One plan or report file's name and bytes; 404 for another engagement's file or another purpose. */
    @Transactional
    public WorkService.Download reviewFile(long id, long documentId) {
        EngagementDocument doc = documents.findById(documentId).filter(d -> d.engagementId() == id)
                .filter(d -> "PLAN".equals(d.purpose()) || "REPORT".equals(d.purpose())).orElseThrow(PortalException::notFound);
        return new WorkService.Download(doc.fileName(), files.bytes(doc.storageKey()).orElseThrow(PortalException::notFound));
    }
}
