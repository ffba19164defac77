package gov.bureau.portal.platform;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micronaut.data.jdbc.runtime.JdbcOperations;

/**
 * {@code GET /health}: {"status":"UP"} when the server answers and its database does too, otherwise
 * 503 with {"status":"DOWN"} (API.md). Exactly that shape, for load balancers and scripts.
 */
@Tag(name = "Operations")
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class HealthController {

    private final JdbcOperations jdbc;

    public HealthController(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Serdeable
    public record Health(String status) {
    }

    @Operation(summary = "Is the portal up, with its database?")
    @Get
    public HttpResponse<Health> health() {
        try {
            Integer one = check();
            if (one != null && one == 1) {
                return HttpResponse.ok(new Health("UP"));
            }
        } catch (RuntimeException e) {
            // reported as DOWN below
        }
        return HttpResponse.<Health>status(io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE).body(new Health("DOWN"));
    }

    @ReadOnly
    Integer check() {
        return jdbc.prepareStatement("SELECT 1", st -> {
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        });
    }
}
