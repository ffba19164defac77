package gov.bureau.portal.acceptance;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.engagement.EngagementCommands;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;


/** Acceptance and the fee of one engagement: scoring, the scoring sheet, reopening, the fee and payments. */
@Tag(name = "Acceptance and fee")
@Refusals
@Controller("/api/engagements/{id}")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class AcceptanceController {

    private final AcceptanceService acceptance;
    private final FeeService fees;
    private final ScoringSheet sheet;

    AcceptanceController(AcceptanceService acceptance, FeeService fees, ScoringSheet sheet) {
        this.acceptance = acceptance;
        this.fees = fees;
        this.sheet = sheet;
    }

    @Operation(summary = "Score the engagement against the current template", description = "After the final report is "
            + "approved; again before the first payment to correct it, or after an ADMIN reopened it. Answers total, grade, "
            + "feeRatio (from the fee-ratio table in force at contract) and payableAmount = fee × feeRatio.")
    @Post("/assessment")
    public AcceptanceViews.Assessed assess(Actor actor, long id, @Valid @Body AcceptanceViews.Assess body) {
        return acceptance.assess(actor, id, body);
    }

    @Operation(summary = "What a scoring would give, without saving it", description = "The same body and checks as "
            + "POST /assessment (422 with field errors for a missing or too high score); answers total, grade, feeRatio and "
            + "payableAmount as a scoring now would decide them. Nothing is stored.")
    @Post("/assessment/preview")
    public AcceptanceViews.Preview preview(Actor actor, long id, @Valid @Body AcceptanceViews.Assess body) {
        return acceptance.preview(actor, id, body);
    }

    @Operation(summary = "The current acceptance with its items and every round")
    @Get("/assessment")
    @Secured({Role.AGENCY_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    public AcceptanceViews.AssessmentView assessment(Actor actor, long id) {
        return acceptance.view(actor, id);
    }

    @Operation(summary = "The scoring sheet as a PDF (Chinese)")
    @Get(value = "/assessment/sheet", produces = {MediaType.APPLICATION_PDF, MediaType.APPLICATION_JSON})
    @Secured({Role.AGENCY_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    public HttpResponse<byte[]> sheet(Actor actor, long id) {
        return gov.bureau.portal.common.Downloads.attachment(sheet.render(actor, id), "验收考核评分表-" + id + ".pdf",
                MediaType.APPLICATION_PDF_TYPE);
    }

    @Operation(summary = "Reopen a locked acceptance (ADMIN)", description = "With a reason; the acceptance is then scored again "
            + "and the fee recalculated; payments wait until then.")
    @Post("/assessment/reopening")
    @Secured(Role.ADMIN_NAME)
    public AcceptanceViews.AssessmentView reopen(Actor actor, long id, @Valid @Body EngagementCommands.Reason body) {
        return acceptance.reopen(actor, id, body.reason());
    }

    @Operation(summary = "The fee: fee, feeRatio, payableAmount, paidAmount, remaining", description = "remaining = payableAmount "
            + "− paidAmount; negative means an amount to recover (toRecover).")
    @Get("/fee")
    @Secured({Role.AGENCY_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    public AcceptanceViews.FeeView fee(Actor actor, long id) {
        return fees.view(actor, id);
    }

    @Operation(summary = "Record a payment", description = "Before acceptance an advance up to the advance share of the fee; "
            + "after it, never above the payable amount. kind=RECOVERY records money paid back. The first payment after "
            + "acceptance locks the score; the payment that completes the payable amount settles the engagement.")
    @Post("/payments")
    public HttpResponse<AcceptanceViews.FeeView> pay(Actor actor, long id, @Valid @Body AcceptanceViews.PaymentForm body) {
        return HttpResponse.created(fees.pay(actor, id, body));
    }
}
