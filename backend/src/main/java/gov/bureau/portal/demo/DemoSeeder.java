package gov.bureau.portal.demo;

import gov.bureau.portal.security.PasswordRules;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.OrderUtil;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeds demonstration data when PORTAL_DEMO=true and the database holds no demo data yet. A marker
 * row in {@code demo_seed} makes it run once; a failed contribution rolls back on its own and the
 * next start tries again from there.
 */
@Singleton
@Requires(property = "portal.demo.enabled", value = "true")
public class DemoSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private final List<DemoData> contributions;
    private final DemoSeedRepository seeds;
    private final TransactionOperations<Connection> transactions;
    private final String password;

    public DemoSeeder(List<DemoData> contributions, DemoSeedRepository seeds, TransactionOperations<Connection> transactions,
                      @Nullable @Value("${portal.demo.password}") String password) {
        this.contributions = new ArrayList<>(contributions);
        OrderUtil.sort(this.contributions);
        this.seeds = seeds;
        this.transactions = transactions;
        this.password = password;
    }

    @EventListener
    @Order(50)
    public void onStartup(StartupEvent event) {
        boolean generated = password == null || password.isBlank();
        DemoContext context = new DemoContext(generated ? PasswordRules.temporary() : password);
        int seeded = 0;
        for (DemoData contribution : contributions) {
            String name = contribution.getClass().getSimpleName().replaceAll("\\$.*", "");
            if (seeds.existsById(name)) {
                continue;
            }
            transactions.executeWrite(status -> {
                contribution.seed(context);
                seeds.save(new DemoSeed(name, java.time.Instant.now()));
                return null;
            });
            seeded++;
        }
        if (seeded > 0) {
            LOG.warn("Demonstration data seeded ({} parts). Demo accounts use the password {}", seeded,
                    generated ? context.password() + " (generated; set PORTAL_DEMO_PASSWORD to choose it)" : "from PORTAL_DEMO_PASSWORD");
        }
    }
}
