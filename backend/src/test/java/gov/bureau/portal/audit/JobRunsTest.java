package gov.bureau.portal.audit;

import gov.bureau.portal.support.IntegrationTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal instances on one database: every @Scheduled method of the portal, fired on both at the same
 * moment (twice), runs its job once per period (one JOB_RAN audit entry per job and period); a job running on
 * one server is skipped on the other, a new period runs again.
 */
@MicronautTest(transactional = false)
class JobRunsTest extends IntegrationTest {

    @Inject
    ApplicationContext first;

    @Inject
    javax.sql.DataSource dataSource;

    private ApplicationContext second;

    @Override
    protected String separateSchema() {
        return "_jobs"; // the yearly job publishes last year's credit results: not in the shared schema
    }

    @BeforeAll
    void startASecondInstance() {
        second = ApplicationContext.run(new HashMap<>(getProperties()), "test");
    }

    @AfterAll
    void stopTheSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Runnable> scheduledMethods(ApplicationContext context) {
        List<Runnable> out = new ArrayList<>();
        for (BeanDefinition<?> def : context.getAllBeanDefinitions()) {
            if (!def.getBeanType().getName().startsWith("gov.bureau.portal.")) {
                continue;
            }
            for (ExecutableMethod m : def.getExecutableMethods()) {
                if (m.hasStereotype(Scheduled.class)) {
                    Object bean = context.getBean(def);
                    out.add(() -> m.invoke(bean));
                }
            }
        }
        return out;
    }

    private Map<String, Integer> runsPerJobAndPeriod() throws java.sql.SQLException {
        try (java.sql.Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             java.sql.PreparedStatement s = c.prepareStatement("SELECT entity_id, COUNT(*) FROM audit_log "
                     + "WHERE entity_type = ? AND action = ? GROUP BY entity_id")) {
            s.setString(1, JobRuns.ENTITY);
            s.setString(2, JobRuns.ACTION);
            Map<String, Integer> out = new TreeMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        }
    }

    @Test
    void everyScheduledJobFiredOnTwoServersAtOnceRunsOncePerPeriod() throws Exception {
        List<Runnable> onFirst = scheduledMethods(first);
        List<Runnable> onSecond = scheduledMethods(second);
        assertThat(onFirst).hasSize(7).hasSameSizeAs(onSecond); // credit daily and yearly, overdue, agency flags, three purges

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 2; round++) {
                CountDownLatch start = new CountDownLatch(2);
                List<Future<?>> done = new ArrayList<>();
                for (List<Runnable> jobs : List.of(onFirst, onSecond)) {
                    done.add(pool.submit(() -> {
                        start.countDown();
                        start.await();
                        jobs.forEach(Runnable::run);
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get(120, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, Integer> runs = runsPerJobAndPeriod();
        runs.keySet().removeIf(k -> k.startsWith("test.")); // the other test's job
        assertThat(runs.keySet().stream().map(k -> k.substring(0, k.indexOf('@'))).distinct())
                .containsExactlyInAnyOrder("credit.daily", "credit.yearly", "engagement.overdue", "agency.flags",
                        "identity.sessions-purge", "identity.tokens-purge", "identity.throttle-purge");
        assertThat(runs.values()).as(runs.toString()).allMatch(n -> n == 1);
    }

    @Test
    void aJobRunningOnOneServerIsSkippedOnTheOtherAndANewPeriodRunsAgain() throws Exception {
        JobRuns a = first.getBean(JobRuns.class);
        JobRuns b = second.getBean(JobRuns.class);
        String period = "t" + System.nanoTime();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> onA = pool.submit(() -> a.once("test.job", period, () -> {
                ran.incrementAndGet();
                running.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(b.once("test.job", period, ran::incrementAndGet)).isFalse(); // locked by the first server
            release.countDown();
            assertThat(onA.get(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(b.once("test.job", period, ran::incrementAndGet)).isFalse(); // this period is done
        assertThat(ran).hasValue(1);
        assertThat(b.once("test.job", period + "n", ran::incrementAndGet)).isTrue();
        assertThat(ran).hasValue(2);

        // a job that fails records nothing: the next firing runs it
        String failing = "f" + System.nanoTime();
        try {
            a.once("test.job", failing, () -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the scheduler logs it
        }
        assertThat(b.once("test.job", failing, ran::incrementAndGet)).isTrue();
        assertThat(ran).hasValue(3);
    }
}
