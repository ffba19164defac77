package gov.bureau.portal.credit;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.documents.DocumentStore;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;


/** Evidence files of credit events and objections. */
@Tag(name = "Credit")
@Refusals
@Controller("/api/credit-files")
@Secured({Role.AGENCY_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class CreditFileController {

    private final EvidenceService evidence;

    public CreditFileController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @Operation(summary = "Upload one evidence file (multipart part \"file\")",
            description = "PDF, JPG or PNG, recognised from the content; at most 10 MB. Answers its id, to be named in "
                    + "fileIds of a proposal or an objection.")
    @Post(consumes = {MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON})
    public HttpResponse<EvidenceService.FileView> upload(Actor actor, CompletedFileUpload file) {
        EvidenceService.FileView view = evidence.upload(actor, file == null ? null : DocumentStore.Upload.of(file));
        return HttpResponse.created(view, UriBuilder.of("/api/credit-files").path(view.id().toString()).build());
    }

    @Operation(summary = "Download an evidence file", description = "The bureau, the agency concerned, or the uploader.")
    @Get("/{id}")
    public HttpResponse<StreamedFile> download(Actor actor, long id) {
        EvidenceService.Download d = evidence.open(actor, id);
        MediaType type = MediaType.of(d.file().contentType());
        return gov.bureau.portal.common.Downloads.file(HttpResponse.ok(new StreamedFile(d.content(), type)), d.file().fileName(), type, true);
    }
}
