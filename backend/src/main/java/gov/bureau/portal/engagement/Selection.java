package gov.bureau.portal.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One round of choosing the agency, with its evidence. JSON columns: {@code shortlist} (MERIT's ranked
 * list), {@code pool} (the eligible agencies in draw order with grade and weight) and {@code excluded}
 * (every agency left out with its reason).
 */
@MappedEntity("engagement_selection")
public record Selection(@Id @GeneratedValue @Nullable Long id, long engagementId, int round, EngagementCommands.Method method,
                        Status status,
                        long agencyId,
                        @Nullable String procurementMethod, @Nullable String procurementReference,
                        @Nullable LocalDate procurementDate, @Nullable Long procurementDocumentId,
                        @Nullable String shortlist, @Nullable String justification,
                        @Nullable String seed, @Nullable String pool, @Nullable String excluded,
                        @Nullable Long ticket, @Nullable Long totalWeight,
                        @Nullable Long eligibilityVersionId, @Nullable Long drawVersionId,
                        String selectedBy, Instant selectedAt,
                        @Nullable String answeredBy, @Nullable Instant answeredAt,
                        @Nullable Boolean noConflictDeclared, @Nullable String declineReason,
                        @Nullable BigDecimal lowFeeLimit, @Nullable Long lowFeeVersionId) {

    /** A round's answer: the agency is asked (PENDING), confirms, declines, or the round is cancelled with the engagement. */
    public enum Status { PENDING, CONFIRMED, DECLINED, CANCELLED }

    /** A draw's round: the seed, the pool in draw order, who was left out and why, the ticket drawn. */
    static Selection drawn(long engagementId, int round, long agencyId, String seed, String pool, String excluded, long ticket,
                           long totalWeight, long eligibilityVersionId, long drawVersionId, String selectedBy, Instant selectedAt) {
        return new Selection(null, engagementId, round, EngagementCommands.Method.DRAW, Status.PENDING, agencyId, null, null, null,
                null, null, null, seed, pool, excluded, ticket, totalWeight, eligibilityVersionId, drawVersionId, selectedBy,
                selectedAt, null, null, null, null, null, null);
    }

    /** A choice on merit: the ranked shortlist it was made from and the reason given. */
    static Selection byMerit(long engagementId, int round, long agencyId, String shortlist, String justification, String pool,
                             String excluded, long eligibilityVersionId, String selectedBy, Instant selectedAt) {
        return new Selection(null, engagementId, round, EngagementCommands.Method.MERIT, Status.PENDING, agencyId, null, null,
                null, null, shortlist, justification, null, pool, excluded, null, null, eligibilityVersionId, null, selectedBy,
                selectedAt, null, null, null, null, null, null);
    }

    /**
     * A procurement result, with the procedure, its reference, date and evidence; for an abnormally low fee
     * the justification given, the limit it fell below and the version of the low-fee rule.
     */
    static Selection byProcurement(long engagementId, int round, long agencyId, EngagementCommands.ProcurementMethod method,
                                   String reference, LocalDate date, @Nullable Long documentId, @Nullable String lowFeeJustification,
                                   @Nullable BigDecimal lowFeeLimit, long lowFeeVersionId, String selectedBy, Instant selectedAt) {
        return new Selection(null, engagementId, round, EngagementCommands.Method.PROCUREMENT, Status.PENDING, agencyId,
                method.name(), reference, date, documentId, null, lowFeeJustification, null, null, null, null, null, null, null,
                selectedBy, selectedAt, null, null, null, null, lowFeeLimit, lowFeeVersionId);
    }
}
