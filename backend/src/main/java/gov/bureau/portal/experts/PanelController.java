package gov.bureau.portal.experts;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.common.Downloads;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.engagement.WorkService;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;

/** Expert panels: the draw, its verification, declines, opinions and ratings. */
@Tag(name = "Experts")
@Refusals
@Controller("/api")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class PanelController {

    private final PanelDrawService draws;
    private final PanelOpinionService opinions;
    private final PanelQueries panels;

    PanelController(PanelDrawService draws, PanelOpinionService opinions, PanelQueries panels) {
        this.draws = draws;
        this.opinions = opinions;
        this.panels = panels;
    }

    @Operation(summary = "Draw an expert panel for the engagement's plan or report round", description = "size (odd, default 3), "
            + "specialty, purpose PLAN or REPORT, days (half-day steps, default 0.5). The answer holds seed, members (expert ids), "
            + "excluded ([{expertId, reason}]). One open panel per round; 422 when too few experts remain.")
    @Post("/engagements/{id}/expert-panels")
    public HttpResponse<ExpertViews.PanelView> draw(Actor actor, long id, @Valid @Body ExpertCommands.PanelRequest body) {
        return HttpResponse.created(draws.draw(actor, id, body));
    }

    @Operation(summary = "The expert panels of an engagement")
    @Get("/engagements/{id}/expert-panels")
    public List<ExpertViews.PanelRow> ofEngagement(Actor actor, long id) {
        return panels.ofEngagement(actor, id);
    }

    @Operation(summary = "Panels", description = "The bureau: every panel (filters status OPEN/CLOSED, engagementId); "
            + "an expert: the panels it was drawn for.")
    @Get("/expert-panels")
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME, Role.EXPERT_NAME})
    public PageResponse<ExpertViews.PanelRow> list(Actor actor, @Nullable @QueryValue String status,
                                                   @Nullable @QueryValue Long engagementId, @RequestBean PageQuery page) {
        return panels.list(actor, status, engagementId, page);
    }

    @Operation(summary = "A panel: members, opinions and the consolidated opinion", description = "The bureau sees everything; "
            + "a member sees the panel, the files and its own opinion; anyone else gets 404.")
    @Get("/expert-panels/{id}")
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME, Role.EXPERT_NAME})
    public ExpertViews.PanelView get(Actor actor, long id) {
        return panels.get(actor, id);
    }

    @Operation(summary = "Re-run the panel's recorded draws", description = "{reproduced: true|false}")
    @Get("/expert-panels/{id}/verification")
    public ExpertViews.Verification verify(Actor actor, long id) {
        return draws.verify(actor, id);
    }

    @Operation(summary = "A member declines", description = "The member itself or the bureau, with a reason; the seat is redrawn "
            + "without that expert and the new draw recorded.")
    @Post("/expert-panels/{id}/members/{expertId}/decline")
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME, Role.EXPERT_NAME})
    public ExpertViews.PanelView decline(Actor actor, long id, long expertId, @Valid @Body ExpertCommands.Decline body) {
        return draws.decline(actor, id, expertId, body);
    }

    @Operation(summary = "A member's opinion", description = "verdict PASS, REVISE or FAIL; points for every checklist item; "
            + "a comment for REVISE and FAIL. Once per member, while the panel is open.")
    @Post("/expert-panels/{id}/opinions")
    @Secured(Role.EXPERT_NAME)
    public HttpResponse<ExpertViews.PanelView> opinion(Actor actor, long id, @Valid @Body ExpertCommands.Opinion body) {
        return HttpResponse.created(opinions.opinion(actor, id, body));
    }

    @Operation(summary = "Rate a member's opinion after the round", description = "onTime and substantive, 1–5 each; once.")
    @Post("/expert-panels/{id}/ratings")
    public ExpertViews.PanelView rate(Actor actor, long id, @Valid @Body ExpertCommands.Rating body) {
        return opinions.rate(actor, id, body);
    }

    @Operation(summary = "Download a plan or report file of the panel's engagement")
    @Get(value = "/expert-panels/{id}/files/{documentId}", produces = {MediaType.APPLICATION_PDF, MediaType.APPLICATION_JSON})
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME, Role.EXPERT_NAME})
    public HttpResponse<byte[]> file(Actor actor, long id, long documentId) {
        WorkService.Download d = panels.file(actor, id, documentId);
        return Downloads.attachment(d.content(), d.fileName(), MediaType.APPLICATION_PDF_TYPE);
    }
}
