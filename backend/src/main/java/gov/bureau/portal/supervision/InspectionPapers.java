package gov.bureau.portal.supervision;

import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.documents.DocumentStore;
import gov.bureau.portal.inbox.Inbox;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.security.Actor;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Working papers of an inspection item (requested by the bureau, uploaded by the agency, downloaded by either) and
 * the publication of the inspection's results in the yearly public list.
 */
@Singleton
public class InspectionPapers {

    static final String ITEM = "InspectionItem";
    static final String AGENCY_PAGE = "/supervision/me";

    private final Repositories.InspectionRepository inspections;
    private final Repositories.ItemRepository items;
    private final Repositories.WorkpaperRepository workpapers;
    private final RuleBook book;
    private final SupervisionRules.SettingsTable settingsTable;
    private final DocumentStore documents;
    private final AuditLog audit;
    private final BureauClock clock;
    private final Inbox inbox;

    InspectionPapers(Repositories.InspectionRepository inspections, Repositories.ItemRepository items,
                     Repositories.WorkpaperRepository workpapers, RuleBook book, SupervisionRules.SettingsTable settingsTable,
                     DocumentStore documents, AuditLog audit, BureauClock clock, Inbox inbox) {
        this.inspections = inspections;
        this.items = items;
        this.workpapers = workpapers;
        this.book = book;
        this.settingsTable = settingsTable;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
        this.inbox = inbox;
    }

    // ------------------------------------------------------------------ working papers

    @Transactional
    public Records.Item requestPapers(Actor actor, long inspectionId, long itemId, SupervisionCommands.RequestPapers command) {
        Records.Item item = items.lockIn(inspectionId, itemId);
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
        Records.Item item = items.lockIn(inspectionId, itemId);
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

    // ------------------------------------------------------------------ publication

    /** The inspection's results go into the yearly public list (agency, item, conclusion). */
    @Transactional
    public void publish(Actor actor, long inspectionId) {
        Records.Inspection in = inspections.findByIdForUpdate(inspectionId).orElseThrow(PortalException::notFound);
        if (in.publishedAt() != null) {
            throw PortalException.conflict("INSPECTION_PUBLISHED");
        }
        inspections.update(in.published(clock.now()));
        audit.record(actor, "INSPECTION_PUBLISHED", InspectionSampling.ENTITY, inspectionId,
                Changes.create().set("year", in.year()).toMap());
    }
}
