package gov.bureau.portal.results;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.common.Downloads;
import gov.bureau.portal.common.Messages;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.documents.DocumentStore;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;

/** Rectification tasks (整改): the unit answers, the bureau reviews. */
@Tag(name = "Results")
@Refusals
@Controller("/api/rectifications")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME, Role.UNIT_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class RectificationController {

    private final Rectifications tasks;

    RectificationController(Rectifications tasks) {
        this.tasks = tasks;
    }

    @Operation(summary = "Rectification tasks", description = "Bureau: all, filters unitId, status, overdue, letterId; UNIT: its own. "
            + "Sort deadline (default), id.")
    @Get
    public PageResponse<ResultsViews.TaskRow> list(Actor actor, @Nullable @QueryValue Long unitId, @Nullable @QueryValue String status,
                                                   @Nullable @QueryValue Boolean overdue, @Nullable @QueryValue Long letterId,
                                                   @RequestBean PageQuery page) {
        return tasks.list(actor, new Rectifications.Filter(unitId, status, overdue, letterId), page);
    }

    @Operation(summary = "The rectification board", description = "Rate of accepted tasks, overdue tasks, units with most overdue.")
    @Get("/board")
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
    public ResultsViews.Board board() {
        return tasks.board();
    }

    @Operation(summary = "One rectification task with its answers and files")
    @Get("/{taskId}")
    public ResultsViews.TaskDetail get(Actor actor, long taskId) {
        return tasks.detail(actor, taskId);
    }

    @Operation(summary = "The unit answers a task", description = "{measures}; the task goes to ANSWERED.")
    @Post("/{taskId}/answer")
    @Secured(Role.UNIT_NAME)
    public ResultsViews.TaskDetail answer(Actor actor, long taskId, @Valid @Body ResultsCommands.Answer body) {
        return tasks.answer(actor, taskId, body);
    }

    @Operation(summary = "Upload an evidence file to a task", description = "multipart part 'file' (PDF, JPEG, PNG).")
    @Post(value = "/{taskId}/files", consumes = {MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON})
    @Secured(Role.UNIT_NAME)
    public HttpResponse<ResultsViews.FileView> upload(Actor actor, long taskId, @Nullable @Part("file") CompletedFileUpload file) {
        return HttpResponse.created(tasks.upload(actor, taskId, file == null ? null : DocumentStore.Upload.of(file)));
    }

    @Operation(summary = "Download an evidence file of a task")
    @Get(value = "/{taskId}/files/{fileId}", produces = {MediaType.APPLICATION_PDF, MediaType.IMAGE_JPEG, MediaType.IMAGE_PNG,
            MediaType.APPLICATION_JSON})
    public HttpResponse<byte[]> file(Actor actor, long taskId, long fileId) {
        Rectifications.FileContent f = tasks.file(actor, taskId, fileId);
        return Downloads.file(HttpResponse.ok(f.bytes()), f.fileName(), MediaType.of(f.contentType()), true);
    }

    @Operation(summary = "The bureau accepts or returns an answer", description = "{decision: ACCEPT|RETURN, comment}; RETURN needs a comment.")
    @Post("/{taskId}/review")
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
    public ResultsViews.TaskDetail review(Actor actor, long taskId, @Valid @Body ResultsCommands.Review body) {
        return tasks.review(actor, taskId, body);
    }

    @Operation(summary = "The unit asks once for an extension", description = "{days, reason}; at most the rule table's days.")
    @Post("/{taskId}/extension")
    @Secured(Role.UNIT_NAME)
    public ResultsViews.TaskDetail extension(Actor actor, long taskId, @Valid @Body ResultsCommands.ExtensionRequest body) {
        return tasks.askExtension(actor, taskId, body);
    }

    @Operation(summary = "The bureau decides on an extension", description = "{grant, comment}")
    @Post("/{taskId}/extension/decision")
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
    public ResultsViews.TaskDetail decideExtension(Actor actor, long taskId, @Valid @Body ResultsCommands.ExtensionDecision body) {
        return tasks.decideExtension(actor, taskId, body);
    }
}
