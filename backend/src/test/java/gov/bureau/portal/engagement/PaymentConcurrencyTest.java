package gov.bureau.portal.engagement;

import gov.bureau.portal.engagement.EngagementFixtures.Agency;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payments that arrive at the same moment, over real HTTP against the real database: the row lock on
 * the fee account lets them through one at a time, so the total paid never passes what is payable.
 */
@MicronautTest(transactional = false)
class PaymentConcurrencyTest extends IntegrationTest {

    private EngagementFixtures f;

    @BeforeAll
    void setUp() {
        f = new EngagementFixtures(api, unique("pay"));
    }

    /** Each call's payments carry vouchers of their own (the same voucher twice is one payment, 409). */
    private final java.util.concurrent.atomic.AtomicInteger rounds = new java.util.concurrent.atomic.AtomicInteger();

    private List<Integer> fire(long id, int parallel, String amount) throws Exception {
        int round = rounds.incrementAndGet();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            int n = i;
            Callable<Integer> call = () -> {
                start.await();
                Response r = api.post(f.staff(), "/api/engagements/" + id + "/payments",
                        Map.of("amount", amount, "paidOn", LocalDate.now().toString(), "reference", "并发-" + round + "-" + n));
                return r.status();
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> r : results) {
            statuses.add(r.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return statuses;
    }

    private static BigDecimal[] stored(long id) throws Exception {
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement("SELECT f.paid, (SELECT COALESCE(SUM(amount), 0) FROM payment p "
                     + "WHERE p.engagement_id = f.engagement_id), (SELECT COUNT(*) FROM payment p WHERE p.engagement_id = f.engagement_id) "
                     + "FROM engagement_fee f WHERE f.engagement_id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)};
            }
        }
    }

    @Test
    void parallelPaymentsNeverExceedThePayableAmount() throws Exception {
        Agency agency = EngagementFixtures.approvedAgency(unique("并发机构"));
        String token = f.agencyToken(agency.id());
        long id = f.reportApproved(unique("并发付款"), agency, token);
        Response scored = f.assess(f.staff(), id, 14, 13, 17, 20, 21); // GOOD: 95,000.00 payable
        assertThat(scored.get("payableAmount")).isEqualTo(95000.00);

        List<Integer> statuses = fire(id, 12, "20000.00");
        assertThat(statuses).containsOnly(201, 422);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(4);
        BigDecimal[] db = stored(id);
        assertThat(db[0]).isEqualByComparingTo("80000.00");
        assertThat(db[1]).isEqualByComparingTo("80000.00");
        assertThat(db[2]).isEqualByComparingTo("4");
        Response fee = api.get(f.staff(), "/api/engagements/" + id + "/fee");
        assertThat(fee.get("paidAmount")).isEqualTo(80000.00);
        assertThat(fee.get("remaining")).isEqualTo(15000.00);

        // the last 15,000 twice at once: one settles, the other is refused
        List<Integer> last = fire(id, 2, "15000.00");
        assertThat(last).containsExactlyInAnyOrder(201, 422);
        assertThat(stored(id)[0]).isEqualByComparingTo("95000.00");
        assertThat(f.state(id)).isEqualTo("SETTLED");
    }

    @Test
    void parallelAdvancesStopAtTheAdvanceShare() throws Exception {
        Agency agency = EngagementFixtures.approvedAgency(unique("预付并发"));
        String token = f.agencyToken(agency.id());
        long id = f.create(unique("并发预付"));
        f.merit(id, agency.id());
        f.confirm(id, token);
        List<Integer> statuses = fire(id, 10, "7000.00"); // 30 % of 100,000 = 30,000: four fit
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(4);
        assertThat(stored(id)[0]).isEqualByComparingTo("28000.00");
        assertThat(stored(id)[1]).isEqualByComparingTo("28000.00");
    }
}
