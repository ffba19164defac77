package gov.bureau.portal.platform;

import gov.bureau.portal.common.Refusals;
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
@Refusals.Public
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class HealthController {

    /** Longest a health check waits for the database: a load balancer gets its answer within 2 s. */
    static final long LIMIT_MILLIS = 1500;

    private final JdbcOperations jdbc;
    private final java.util.concurrent.ExecutorService checker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "health-check");
        t.setDaemon(true);
        return t;
    });
    /** The check running now: callers during an outage share it rather than each waiting on the pool. */
    private final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.Future<Integer>> running =
            new java.util.concurrent.atomic.AtomicReference<>();

    public HealthController(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @jakarta.annotation.PreDestroy
    void close() {
        checker.shutdownNow();
    }

    @Serdeable
    public record Health(String status) {
    }

    @Operation(summary = "Is the portal up, with its database?")
    @Get
    public HttpResponse<Health> health() {
        try {
            Integer one = checkWithin(LIMIT_MILLIS);
            if (one != null && one == 1) {
                return HttpResponse.ok(new Health("UP"));
            }
        } catch (RuntimeException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // reported as DOWN below (a database that is down makes the pool wait its connection timeout)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return HttpResponse.<Health>status(io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE).body(new Health("DOWN"));
    }

    private Integer checkWithin(long millis) throws InterruptedException, java.util.concurrent.ExecutionException,
            java.util.concurrent.TimeoutException {
        java.util.concurrent.Future<Integer> check = running.get();
        if (check == null || check.isDone()) {
            java.util.concurrent.FutureTask<Integer> task = new java.util.concurrent.FutureTask<>(this::check);
            if (running.compareAndSet(check, task)) {
                checker.execute(task);
                check = task;
            } else {
                check = running.get();
            }
        }
        return check.get(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
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
