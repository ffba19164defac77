package gov.bureau.portal.ops;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Prometheus metrics ({@code GET /management/prometheus}, text format): HTTP timings per route, the connection
 * pool, the JVM and the business gauges below. Only an ADMIN or a scraper sending
 * {@code Authorization: Bearer <PORTAL_METRICS_TOKEN>} may read it: anonymous 401, other roles 403.
 */
@Refusals
@Controller("/management")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class MetricsController {

    private final PrometheusMeterRegistry registry;
    private final JdbcOperations jdbc;
    private final byte[] token;
    private final AtomicReference<double[]> business = new AtomicReference<>(new double[4]);

    MetricsController(PrometheusMeterRegistry registry, JdbcOperations jdbc,
                      @Nullable @Value("${portal.metrics.token:}") String token) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.token = token == null || token.isBlank() ? null : token.trim().getBytes(StandardCharsets.UTF_8);
        Gauge.builder("portal_registrations_waiting", business, b -> b.get()[0])
                .description("Agency registrations and changes submitted and waiting for review").register(registry);
        Gauge.builder("portal_engagements_overdue", business, b -> b.get()[1])
                .description("Open engagements past their deadline").register(registry);
        Gauge.builder("portal_payments_made", business, b -> b.get()[2])
                .description("Payments recorded").register(registry);
        Gauge.builder("portal_payments_made_amount", business, b -> b.get()[3])
                .description("Sum of the payments recorded (yuan)").register(registry);
    }

    // any Accept (a refusal is JSON like every other); the metrics themselves are Prometheus text
    @Get(value = "/prometheus", produces = {MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<String> prometheus(@Nullable Authentication authentication,
                                           @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!tokenMatches(authorization)) {
            if (authentication == null) {
                return HttpResponse.status(HttpStatus.UNAUTHORIZED);
            }
            if (!Actor.of(authentication).has(Role.ADMIN)) {
                return HttpResponse.status(HttpStatus.FORBIDDEN);
            }
        }
        business.set(readBusiness());
        return HttpResponse.ok(registry.scrape()).contentType("text/plain; version=0.0.4; charset=utf-8");
    }

    private boolean tokenMatches(@Nullable String authorization) {
        if (token == null || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(token, authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8));
    }

    @Transactional
    double[] readBusiness() {
        return jdbc.prepareStatement("SELECT "
                + "(SELECT COUNT(*) FROM agency WHERE status = 'SUBMITTED' OR change_state = 'SUBMITTED'), "
                + "(SELECT COUNT(*) FROM engagement WHERE overdue = TRUE AND state NOT IN ('CLOSED', 'TERMINATED')), "
                + "(SELECT COUNT(*) FROM payment), (SELECT COALESCE(SUM(amount), 0) FROM payment)", s -> {
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                BigDecimal sum = rs.getBigDecimal(4);
                return new double[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), sum.doubleValue()};
            }
        });
    }
}
