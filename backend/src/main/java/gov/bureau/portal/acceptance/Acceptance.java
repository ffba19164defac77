package gov.bureau.portal.acceptance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** One scoring of an engagement (验收考核), with the rule versions it was decided under. */
@MappedEntity("acceptance")
public record Acceptance(@Id @GeneratedValue @Nullable Long id, long engagementId, int round, long templateVersionId,
                         long gradeBandsVersionId, long feeRatioVersionId, BigDecimal total, AcceptanceGrade grade,
                         BigDecimal feeRatio, BigDecimal fee, BigDecimal payable, @Nullable String comment,
                         @Nullable Long scoredById, String scoredBy, Instant scoredAt, @Nullable Instant supersededAt,
                         @Nullable String supersededReason) {
}
