package gov.bureau.portal.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One round of choosing the agency, with its evidence. JSON columns: {@code shortlist} (MERIT's ranked
 * list), {@code pool} (the eligible agencies in draw order with grade and weight) and {@code excluded}
 * (every agency left out with its reason).
 */
@MappedEntity("engagement_selection")
public record Selection(@Id @GeneratedValue @Nullable Long id, long engagementId, int round, String method, String status,
                        long agencyId,
                        @Nullable String procurementMethod, @Nullable String procurementReference,
                        @Nullable LocalDate procurementDate, @Nullable Long procurementDocumentId,
                        @Nullable String shortlist, @Nullable String justification,
                        @Nullable String seed, @Nullable String pool, @Nullable String excluded,
                        @Nullable Long ticket, @Nullable Long totalWeight,
                        @Nullable Long eligibilityVersionId, @Nullable Long drawVersionId,
                        String selectedBy, Instant selectedAt,
                        @Nullable String answeredBy, @Nullable Instant answeredAt,
                        @Nullable Boolean noConflictDeclared, @Nullable String declineReason) {

    public static final String PENDING = "PENDING";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String DECLINED = "DECLINED";
    public static final String CANCELLED = "CANCELLED";
}
