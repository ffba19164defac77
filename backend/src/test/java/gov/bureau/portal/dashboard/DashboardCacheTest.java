package gov.bureau.portal.dashboard;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's figures are computed once per max-age and period, however many ask at once. */
class DashboardCacheTest {

    private final AtomicInteger computed = new AtomicInteger();

    private DashboardView compute(int months) {
        computed.incrementAndGet();
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new DashboardView(LocalDate.now(), List.of(), List.of(), months, List.of(), List.of(),
                new DashboardView.Overdue(0, 0, 0, List.of()), new DashboardView.Certificates(30, 0, 0, List.of()),
                new DashboardView.AcceptanceScores(List.of(), List.of(), null, 0), new DashboardView.Credit(0));
    }

    @Test
    void fiftyCallersAtOnceWaitForOneComputationPerPeriod() throws Exception {
        DashboardCache cache = new DashboardCache(this::compute, Duration.ofHours(1));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<DashboardView>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int months = i % 2 == 0 ? 12 : 6;
            answers.add(pool.submit(() -> {
                start.await();
                return cache.dashboard(months);
            }));
        }
        start.countDown();
        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i).get().blacklisted()).isEqualTo(i % 2 == 0 ? 12 : 6);
        }
        pool.shutdown();
        assertThat(computed).hasValue(2);
        cache.dashboard(12);
        assertThat(computed).hasValue(2);
    }

    @Test
    void figuresOlderThanTheMaxAgeAreComputedAgain() throws Exception {
        DashboardCache cache = new DashboardCache(this::compute, Duration.ofMillis(300));
        cache.dashboard(12);
        cache.dashboard(12);
        assertThat(computed).hasValue(1);
        Thread.sleep(400);
        cache.dashboard(12);
        assertThat(computed).hasValue(2);
    }

    @Test
    void aMaxAgeOfZeroComputesForEveryCall() {
        DashboardCache cache = new DashboardCache(this::compute, Duration.ZERO);
        cache.dashboard(12);
        cache.dashboard(12);
        assertThat(computed).hasValue(2);
    }
}
