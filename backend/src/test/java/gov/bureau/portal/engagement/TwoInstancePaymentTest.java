package gov.bureau.portal.engagement;

import gov.bureau.portal.engagement.EngagementFixtures.Agency;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal servers on one database (issue 12, "two servers"): the same payment registered at the same
 * moment through server A and server B is recorded once, the other request gets 409 PAYMENT_DUPLICATE;
 * the last part of the fee entered on both servers at once is paid once (the other 422); afterwards the
 * fee account's paid amount is the sum of the payment rows. The serialisation is the database's row lock
 * on the engagement and its fee account, not anything inside one JVM.
 */
@MicronautTest(transactional = false)
class TwoInstancePaymentTest extends IntegrationTest {

    @Inject
    JsonMapper json;

    private ApplicationContext secondContext;
    private TestClient second;
    private EngagementFixtures f;

    @BeforeAll
    void startASecondInstance() {
        secondContext = ApplicationContext.run(new HashMap<>(getProperties()));
        EmbeddedServer server = secondContext.getBean(EmbeddedServer.class).start();
        second = new TestClient(HttpClient.create(server.getURL()), json);
        f = new EngagementFixtures(api, unique("twopay"));
    }

    @AfterAll
    void stopTheSecondInstance() {
        if (secondContext != null) {
            secondContext.close();
        }
    }

    /** The same request through A and B at once; the responses in the order A, B. */
    private List<Response> race(long id, Map<String, Object> payment) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        String token = f.staff();
        List<Future<Response>> results = new ArrayList<>();
        for (TestClient server : List.of(api, second)) {
            results.add(pool.submit(() -> {
                start.await();
                return server.post(token, "/api/engagements/" + id + "/payments", payment);
            }));
        }
        start.countDown();
        List<Response> out = new ArrayList<>();
        for (Future<Response> r : results) {
            out.add(r.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return out;
    }

    private static Map<String, Object> payment(String amount, String reference) {
        return Map.of("amount", amount, "paidOn", LocalDate.now().toString(), "reference", reference);
    }

    /** paid on the account, the sum of the payment rows, their number. */
    private static BigDecimal[] ledger(long id) throws Exception {
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement("SELECT f.paid, (SELECT COALESCE(SUM(amount), 0) FROM payment p "
                     + "WHERE p.engagement_id = f.engagement_id), (SELECT COUNT(*) FROM payment p WHERE p.engagement_id = f.engagement_id) "
                     + "FROM engagement_fee f WHERE f.engagement_id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)};
            }
        }
    }

    private static void assertOneRecordedOneRefused(List<Response> responses, int refusal, String code) {
        assertThat(responses.stream().map(Response::status).toList()).as(responses.toString()).containsExactlyInAnyOrder(201, refusal);
        Response refused = responses.stream().filter(r -> r.status() == refusal).findFirst().orElseThrow();
        assertThat(refused.code()).as(refused.toString()).isEqualTo(code);
    }

    @Test
    void theSamePaymentThroughBothServersIsRecordedOnce() throws Exception {
        Agency agency = EngagementFixtures.approvedAgency(unique("双机付款"));
        String token = f.agencyToken(agency.id());
        long id = f.reportApproved(unique("双机付款"), agency, token);
        Response scored = f.assess(f.staff(), id, 14, 13, 17, 20, 21); // GOOD: 95,000.00 payable
        assertThat(scored.get("payableAmount")).isEqualTo(95000.00);

        // five rounds of one voucher entered on both servers at once: each is recorded exactly once
        BigDecimal expected = BigDecimal.ZERO;
        for (int round = 1; round <= 5; round++) {
            List<Response> both = race(id, payment("10000.00", "凭证-" + round));
            assertOneRecordedOneRefused(both, 409, "PAYMENT_DUPLICATE");
            expected = expected.add(new BigDecimal("10000.00"));
            BigDecimal[] db = ledger(id);
            assertThat(db[0]).isEqualByComparingTo(expected);
            assertThat(db[1]).isEqualByComparingTo(expected);
            assertThat(db[2]).isEqualByComparingTo(String.valueOf(round));
        }
        // both servers read the same account
        assertThat(second.get(f.staff(), "/api/engagements/" + id + "/fee").get("paidAmount")).isEqualTo(50000.00);
        assertThat(api.get(f.staff(), "/api/engagements/" + id + "/fee").get("remaining")).isEqualTo(45000.00);

        // the rest entered twice with different vouchers, one per server: paid once, never above the payable amount
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        String staff = f.staff();
        Future<Response> a = pool.submit(() -> {
            start.await();
            return api.post(staff, "/api/engagements/" + id + "/payments", payment("45000.00", "尾款-A"));
        });
        Future<Response> b = pool.submit(() -> {
            start.await();
            return second.post(staff, "/api/engagements/" + id + "/payments", payment("45000.00", "尾款-B"));
        });
        start.countDown();
        List<Response> last = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
        pool.shutdown();
        assertThat(last.stream().map(Response::status).toList()).as(last.toString()).containsExactlyInAnyOrder(201, 422);
        BigDecimal[] db = ledger(id);
        assertThat(db[0]).isEqualByComparingTo("95000.00");
        assertThat(db[1]).isEqualByComparingTo("95000.00");
        assertThat(db[2]).isEqualByComparingTo("6");
        assertThat(f.state(id)).isEqualTo("SETTLED");
    }

    @Test
    void aRetriedAdvanceIsRefusedWithAClearConflict() {
        Agency agency = EngagementFixtures.approvedAgency(unique("重复预付"));
        String token = f.agencyToken(agency.id());
        long id = f.create(unique("重复预付"));
        f.merit(id, agency.id());
        f.confirm(id, token);
        assertThat(api.post(f.staff(), "/api/engagements/" + id + "/payments", payment("5000.00", "预付-1")).status()).isEqualTo(201);
        Response again = second.post(f.staff(), "/api/engagements/" + id + "/payments", payment("5000.00", " 预付-1 "));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("PAYMENT_DUPLICATE");
        assertThat(again.toString()).contains("预付-1");
        // another voucher is another payment
        assertThat(second.post(f.staff(), "/api/engagements/" + id + "/payments", payment("5000.00", "预付-2")).status()).isEqualTo(201);
    }
}
