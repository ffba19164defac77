package gov.bureau.portal.credit;

import gov.bureau.portal.identity.Actor;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stands in until the credit ledger exists: every agency has the base score and grade and no
 * blacklist entry. The credit area's implementation replaces it (and this class is then deleted).
 */
@Singleton
@Secondary
public class InterimCreditStandings implements CreditStandings {

    private static final Logger LOG = LoggerFactory.getLogger(InterimCreditStandings.class);
    private static final int BASE_SCORE = 80;

    @Override
    public Map<Long, CreditStanding> standings(Collection<Long> agencyIds) {
        Map<Long, CreditStanding> result = new LinkedHashMap<>();
        agencyIds.forEach(id -> result.put(id, new CreditStanding(id, BASE_SCORE, CreditGrade.B, false, null)));
        return result;
    }

    @Override
    public CreditGrade baseGrade() {
        return CreditGrade.B;
    }

    @Override
    public void recordAcceptance(Actor actor, long agencyId, long engagementId, String acceptanceGrade, LocalDate acceptedOn) {
        LOG.info("Acceptance {} of engagement {} for agency {} (no credit ledger yet)", acceptanceGrade, engagementId, agencyId);
    }
}
