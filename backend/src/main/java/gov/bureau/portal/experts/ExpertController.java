package gov.bureau.portal.experts;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;
import java.util.Map;

/** The expert pool (专家库, DOMAIN.md §10). */
@Tag(name = "Experts")
@Refusals
@Controller("/api")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ExpertController {

    private final ExpertService experts;
    private final ExpertRegistrations registrations;
    private final ExpertQueries queries;

    ExpertController(ExpertService experts, ExpertRegistrations registrations, ExpertQueries queries) {
        this.experts = experts;
        this.registrations = registrations;
        this.queries = queries;
    }

    @Operation(summary = "The expert pool", description = "Filters status (SUBMITTED, ACTIVE, PAUSED, REMOVED, REJECTED), specialty, "
            + "title (SENIOR, INTERMEDIATE, OTHER), q (name); sort name, createdAt, status, title, id.")
    @Get("/experts")
    public PageResponse<ExpertViews.ExpertRow> list(@Nullable @QueryValue String status, @Nullable @QueryValue String specialty,
                                                    @Nullable @QueryValue String title, @Nullable @QueryValue String q,
                                                    @RequestBean PageQuery page) {
        return queries.list(status, specialty, title, q, page);
    }

    @Operation(summary = "Add an expert to the pool (ACTIVE)", description = "Resident ID checked (GB 11643) and unique; "
            + "specialties from GET /api/expert-specialties.")
    @Post("/experts")
    public HttpResponse<ExpertCommands.Created> create(Actor actor, @Valid @Body ExpertCommands.ExpertForm body) {
        long id = experts.create(actor, body);
        return HttpResponse.created(new ExpertCommands.Created(id), UriBuilder.of("/api/experts").path(Long.toString(id)).build());
    }

    @Operation(summary = "An expert's record", description = "The bureau, or the expert itself (another expert gets 404). "
            + "The resident ID and bank account are masked except for the expert itself.")
    @Get("/experts/{id}")
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME, Role.EXPERT_NAME})
    public ExpertViews.ExpertView get(Actor actor, long id) {
        return queries.view(actor, id);
    }

    @Operation(summary = "Change an expert's data", description = "The same fields as POST, optionally with the version read: a stale version is a 409.")
    @Put("/experts/{id}")
    public ExpertViews.ExpertView update(Actor actor, long id, @Valid @Body ExpertCommands.ExpertForm body) {
        return experts.update(actor, id, body);
    }

    @Operation(summary = "Review a self-registered expert", description = "APPROVE (ACTIVE) or REJECT with a comment.")
    @Post("/experts/{id}/review")
    public ExpertViews.ExpertView review(Actor actor, long id, @Valid @Body ExpertCommands.Review body) {
        return registrations.review(actor, id, body);
    }

    @Operation(summary = "Pause, resume or remove an expert", description = "PAUSED and REMOVED need a reason; REMOVED is final.")
    @Post("/experts/{id}/status")
    public ExpertViews.ExpertView status(Actor actor, long id, @Valid @Body ExpertCommands.StatusChange body) {
        return experts.changeStatus(actor, id, body);
    }

    @Operation(summary = "The specialties an expert may have", description = "Engagement types and sectors.")
    @Get("/expert-specialties")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Map<String, List<String>> specialties() {
        return Map.of("engagementTypes", Specialties.ALL.subList(0, Specialties.ALL.size() - Specialties.SECTORS.size()),
                "sectors", Specialties.SECTORS);
    }
}
