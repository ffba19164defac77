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

/** The register of budget units (预算单位), kept by the bureau. */
@Tag(name = "Results")
@Refusals
@Controller("/api/budget-units")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class BudgetUnitController {

    private final BudgetUnits units;

    BudgetUnitController(BudgetUnits units) {
        this.units = units;
    }

    @Operation(summary = "Budget units", description = "Filters q (name or code) and department; sort name, code, department.")
    @Get
    public PageResponse<ResultsViews.BudgetUnitView> list(@Nullable @QueryValue String q, @Nullable @QueryValue String department,
                                                         @RequestBean PageQuery page) {
        return units.list(q, department, page);
    }

    @Operation(summary = "Register a budget unit", description = "{name, code (unified code, unique), department}")
    @Post
    public HttpResponse<ResultsCommands.Created> create(Actor actor, @Valid @Body ResultsCommands.BudgetUnitForm form) {
        return HttpResponse.created(new ResultsCommands.Created(units.create(actor, form)));
    }

    @Operation(summary = "One budget unit")
    @Get("/{id}")
    public ResultsViews.BudgetUnitView get(long id) {
        return units.get(id);
    }

    @Operation(summary = "Edit a budget unit", description = "Send the version read; a stale one is 409.")
    @Put("/{id}")
    public ResultsViews.BudgetUnitView update(Actor actor, long id, @Valid @Body ResultsCommands.BudgetUnitForm form) {
        return units.update(actor, id, form);
    }
}
