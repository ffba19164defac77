package gov.bureau.portal.acceptance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A payment to the agency (ADVANCE before acceptance, PAYMENT after it), or a RECOVERY (追回) of an overpayment. */
@MappedEntity("payment")
public record Payment(@Id @GeneratedValue @Nullable Long id, long engagementId, PaymentKind kind, BigDecimal amount,
                      LocalDate paidOn, String reference, @Nullable Long recordedById, String recordedBy, Instant recordedAt) {
}
