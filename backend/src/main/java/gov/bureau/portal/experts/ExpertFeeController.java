package gov.bureau.portal.experts;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.common.Downloads;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Expert fees for the finance section. */
@Tag(name = "Experts")
@Refusals
@Controller("/api/expert-fees")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ExpertFeeController {

    private final FeeService fees;

    ExpertFeeController(FeeService fees) {
        this.fees = fees;
    }

    @Operation(summary = "Expert fees", description = "Filters status (PAYABLE, PAID), expertId; sort createdAt, id.")
    @Get
    public PageResponse<ExpertViews.FeeView> list(@Nullable @QueryValue String status, @Nullable @QueryValue Long expertId,
                                                  @RequestBean PageQuery page) {
        return fees.list(status, expertId, page);
    }

    @Operation(summary = "Expert fees as a spreadsheet", description = "Same filters as the list; full bank accounts.")
    @Get(value = "/export", produces = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json"})
    public HttpResponse<byte[]> export(Actor actor, @Nullable @QueryValue String status, @Nullable @QueryValue Long expertId) {
        return Downloads.xlsx(fees.export(actor, status, expertId), "expert-fees.xlsx");
    }

    @Operation(summary = "Record a fee's payment", description = "Once: a second payment of the same sitting is a 409.")
    @Post("/{id}/payment")
    public ExpertViews.FeeView pay(Actor actor, long id, @Valid @Body ExpertCommands.Payment body) {
        return fees.pay(actor, id, body);
    }
}
