package gov.bureau.portal.credit;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;

/** Credit forecast (DOMAIN.md §12, API.md "Selection integrity"). */
@Tag(name = "Credit")
@Refusals
@Controller("/api/agencies/{id}/credit/forecast")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME, Role.AGENCY_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class CreditForecastController {

    private final CreditForecast forecast;

    CreditForecastController(CreditForecast forecast) {
        this.forecast = forecast;
    }

    @Operation(summary = "The score and grade on a future day if nothing new happens", description = "STAFF, ADMIN, or that "
            + "agency (another agency gets 404). on: YYYY-MM-DD, today by default, not in the past (422). expiring: the events "
            + "in force today that stop counting by then, with their points. Computed by the rules that grade.")
    @Get
    public CreditForecast.Forecast forecast(Actor actor, long id, @Nullable @QueryValue LocalDate on) {
        return forecast.forecast(actor, id, on);
    }
}
