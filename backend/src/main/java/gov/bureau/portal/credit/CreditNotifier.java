package gov.bureau.portal.credit;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the people concerned about credit decisions. Every decision is also visible on the screens
 * of both sides (the agency's credit page, the bureau's ledger and objection lists).
 */
@Singleton
class CreditNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(CreditNotifier.class);

    void eventProposed(CreditEvent e) {
        LOG.debug("credit event {} proposed for agency {}", e.getId(), e.getAgencyId());
    }

    void eventRecorded(CreditEvent e) {
        LOG.debug("credit event {} recorded for agency {}", e.getId(), e.getAgencyId());
    }

    void eventInForce(CreditEvent e) {
        LOG.debug("credit event {} in force for agency {}", e.getId(), e.getAgencyId());
    }

    void eventWithdrawn(CreditEvent e) {
        LOG.debug("credit event {} withdrawn for agency {}", e.getId(), e.getAgencyId());
    }

    void objectionSubmitted(CreditObjection o, CreditEvent e) {
        LOG.debug("objection {} to credit event {}", o.getId(), e.getId());
    }

    void objectionDecided(CreditObjection o, CreditEvent e) {
        LOG.debug("objection {} decided: {}", o.getId(), o.getStatus());
    }

    void blacklisted(BlacklistEntry b) {
        LOG.debug("agency {} blacklisted until {}", b.getAgencyId(), b.getUntilOn());
    }

    void blacklistLifted(BlacklistEntry b) {
        LOG.debug("agency {} taken off the blacklist", b.getAgencyId());
    }
}
