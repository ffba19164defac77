package gov.bureau.portal.credit;

import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.rules.RuleVersion;
import jakarta.inject.Singleton;

/** The credit rule tables in force, read through the bureau's rule book. */
@Singleton
class CreditRuleBook {

    private final RuleBook book;
    private final CreditRuleTables.EventTypeTable eventTypes;
    private final CreditRuleTables.BandsTable bands;
    private final CreditRuleTables.ObjectionWindowTable window;
    private final CreditRuleTables.BlacklistPeriodTable blacklistPeriod;

    CreditRuleBook(RuleBook book, CreditRuleTables.EventTypeTable eventTypes, CreditRuleTables.BandsTable bands,
                   CreditRuleTables.ObjectionWindowTable window, CreditRuleTables.BlacklistPeriodTable blacklistPeriod) {
        this.book = book;
        this.eventTypes = eventTypes;
        this.bands = bands;
        this.window = window;
        this.blacklistPeriod = blacklistPeriod;
    }

    RuleVersion<EventTypes> eventTypes() {
        return book.current(eventTypes);
    }

    RuleVersion<CreditBands> bandsVersion() {
        return book.current(bands);
    }

    CreditBands bands() {
        return bandsVersion().content();
    }

    int objectionWindowDays() {
        return objectionWindow().days();
    }

    CreditRuleTables.ObjectionWindow objectionWindow() {
        return book.current(window).content();
    }

    int blacklistMonths() {
        return book.current(blacklistPeriod).content().months();
    }
}
