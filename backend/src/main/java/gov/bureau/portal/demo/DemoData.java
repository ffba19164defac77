package gov.bureau.portal.demo;

import io.micronaut.core.order.Ordered;

/**
 * One area's part of the demonstration data (PORTAL_DEMO=true, API.md). Contributions run once, on
 * an empty database, in {@link #getOrder()} order (identity 100, agency 200, engagement 300, acceptance 350,
 * credit 400), each in its own transaction, and they use the areas' services so that the data
 * obeys the same rules and is audited like real data.
 */
public interface DemoData extends Ordered {

    void seed(DemoContext context);
}
