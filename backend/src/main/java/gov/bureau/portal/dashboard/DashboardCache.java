package gov.bureau.portal.dashboard;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.function.IntFunction;

/**
 * The dashboard's figures, computed at most once per {@code portal.dashboard.max-age} (default 30 s)
 * for each period asked about, whoever asks: the overview reads every area's tables, which at a
 * province's scale is too much to do for every caller at once. Callers arriving while the figures are
 * computed wait for that computation instead of starting their own. A max-age of 0 computes them for
 * every call.
 */
@Singleton
class DashboardCache {

    private final IntFunction<DashboardView> compute;
    private final LoadingCache<Integer, DashboardView> cache;

    @Inject
    DashboardCache(DashboardQueries queries, @Value("${portal.dashboard.max-age:30s}") Duration maxAge) {
        this(queries::dashboard, maxAge);
    }

    DashboardCache(IntFunction<DashboardView> compute, Duration maxAge) {
        this.compute = compute;
        this.cache = maxAge.isZero() || maxAge.isNegative() ? null
                : Caffeine.newBuilder().expireAfterWrite(maxAge).maximumSize(DashboardController.MAX_MONTHS)
                        .build(compute::apply);
    }

    DashboardView dashboard(int months) {
        return cache == null ? compute.apply(months) : cache.get(months);
    }
}
