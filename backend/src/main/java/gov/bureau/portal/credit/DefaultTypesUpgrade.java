package gov.bureau.portal.credit;

import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.rules.RuleVersion;
import gov.bureau.portal.security.Actor;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A database whose event-type table was stored before DOMAIN.md §11 added the fuller misconduct list
 * gains those types once, as a new version published by the system: only codes that no version of
 * the table ever held are added, so a type an ADMIN removed stays removed.
 */
@Singleton
class DefaultTypesUpgrade {

    private final RuleBook book;
    private final CreditRuleTables.EventTypeTable table;

    DefaultTypesUpgrade(RuleBook book, CreditRuleTables.EventTypeTable table) {
        this.book = book;
        this.table = table;
    }

    @EventListener
    @Order(30)
    @Transactional
    public void onStartup(StartupEvent event) {
        upgrade();
    }

    /** Answers whether a version was published. */
    @Transactional
    boolean upgrade() {
        List<EventTypes.EventType> missing = missing(book.history(table), EventTypes.DEFAULT);
        if (missing.isEmpty()) {
            return false;
        }
        List<EventTypes.EventType> types = new ArrayList<>(book.current(table).content().types());
        types.addAll(missing);
        book.publish(Actor.SYSTEM, table, new EventTypes(types), "default misconduct types of DOMAIN.md §11");
        return true;
    }

    /** The supervision defaults that no version of the history ever held. */
    static List<EventTypes.EventType> missing(List<RuleVersion<EventTypes>> history, EventTypes defaults) {
        Set<String> seen = new HashSet<>();
        for (RuleVersion<EventTypes> v : history) {
            if (v.content().types() != null) {
                v.content().types().forEach(t -> seen.add(t.code()));
            }
        }
        return defaults.types().stream()
                .filter(t -> EventTypes.SUPERVISION_CODES.contains(t.code()) && !seen.contains(t.code())).toList();
    }
}
