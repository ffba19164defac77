package gov.bureau.portal.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every request has an id, answered in X-Request-Id and in the logging context of every line logged while serving it. */
@MicronautTest(transactional = false)
class RequestIdTest extends IntegrationTest {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ops.test.request-id-probe", "true");
    }

    /** Logs one line from the blocking thread pool, as every controller of the portal runs. */
    @Controller("/ops-test/probe")
    @Requires(property = "ops.test.request-id-probe", value = "true")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @ExecuteOn(TaskExecutors.BLOCKING)
    static class Probe {
        @Get(produces = MediaType.TEXT_PLAIN)
        String probe() {
            LoggerFactory.getLogger("gov.bureau.portal.ops.probe").warn("probe on {}", Thread.currentThread().getName());
            return Thread.currentThread().getName();
        }
    }

    @Test
    void everyRequestHasAnIdInItsAnswerAndInEveryLineItLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger access = (Logger) LoggerFactory.getLogger("gov.bureau.portal.access");
        Level before = access.getLevel();
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        root.addAppender(lines);
        access.setLevel(Level.INFO);
        try {
            Response first = api.send(HttpRequest.GET("/ops-test/probe").accept(MediaType.TEXT_PLAIN_TYPE), null);
            Response second = api.send(HttpRequest.GET("/ops-test/probe").accept(MediaType.TEXT_PLAIN_TYPE), null);
            String id = first.headers().get(RequestIds.HEADER).get(0);
            assertThat(id).matches("[0-9a-f]{24}");
            assertThat(second.headers().get(RequestIds.HEADER).get(0)).isNotEqualTo(id);

            List<ILoggingEvent> ofFirst = lines.list.stream().filter(e -> id.equals(e.getMDCPropertyMap().get(RequestIds.MDC_KEY))).toList();
            assertThat(ofFirst).extracting(ILoggingEvent::getLoggerName)
                    .contains("gov.bureau.portal.ops.probe", "gov.bureau.portal.access");
            ILoggingEvent probe = ofFirst.stream().filter(e -> e.getLoggerName().endsWith("probe")).findFirst().orElseThrow();
            assertThat(probe.getThreadName()).isEqualTo(first.raw()).doesNotContain("eventloop");
            assertThat(ofFirst.stream().filter(e -> e.getLoggerName().endsWith("access")).findFirst().orElseThrow().getFormattedMessage())
                    .startsWith("GET /ops-test/probe 200");

            // a proxy's id is kept, a strange one replaced
            Response given = api.send(HttpRequest.GET("/health").header(RequestIds.HEADER, "nginx-4f2a9c01"), null);
            assertThat(given.headers().get(RequestIds.HEADER)).containsExactly("nginx-4f2a9c01");
            Response odd = api.send(HttpRequest.GET("/health").header(RequestIds.HEADER, "x\" injected"), null);
            assertThat(odd.headers().get(RequestIds.HEADER).get(0)).matches("[0-9a-f]{24}");
            // errors too
            Response unauthorized = api.get(null, "/api/users");
            assertThat(unauthorized.status()).isEqualTo(401);
            assertThat(unauthorized.headers().get(RequestIds.HEADER)).isNotEmpty();
        } finally {
            root.detachAppender(lines);
            access.setLevel(before);
        }
    }
}
