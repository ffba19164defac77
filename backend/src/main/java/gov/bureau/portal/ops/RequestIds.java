package gov.bureau.portal.ops;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every request has an id: the reverse proxy's {@code X-Request-Id} when it sends a plausible one, else a
 * new random one. It is answered in the {@code X-Request-Id} header and is in the logging context
 * ({@code requestId}, MDC) of everything logged while the request is served, on whichever thread; the
 * text log prints it, the JSON log has it as a field. One access line per request
 * ({@code gov.bureau.portal.access}: method, path, status, milliseconds) carries it too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestIds implements Ordered {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = "portal.request-id";
    private static final String STARTED = "portal.request-started";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger ACCESS = LoggerFactory.getLogger("gov.bureau.portal.access");

    @RequestFilter
    public void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        String given = request.getHeaders().get(HEADER);
        String id = given != null && ACCEPTED.matcher(given).matches() ? given : newId();
        request.setAttribute(ATTRIBUTE, id);
        request.setAttribute(STARTED, System.nanoTime());
        context.add(new MdcPropagationContext(Map.of(MDC_KEY, id)));
    }

    @ResponseFilter
    public void answer(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = request.getAttribute(ATTRIBUTE, String.class).orElse(null);
        if (id == null) {
            return;
        }
        response.header(HEADER, id);
        if (ACCESS.isInfoEnabled()) {
            long millis = request.getAttribute(STARTED, Long.class).map(t -> (System.nanoTime() - t) / 1_000_000).orElse(-1L);
            String previous = MDC.get(MDC_KEY);
            MDC.put(MDC_KEY, id);
            try {
                ACCESS.info("{} {} {} {} ms", request.getMethodName(), request.getPath(), response.code(), millis);
            } finally {
                if (previous == null) {
                    MDC.remove(MDC_KEY);
                } else {
                    MDC.put(MDC_KEY, previous);
                }
            }
        }
    }

    static String newId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
