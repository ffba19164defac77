package gov.bureau.portal.credit;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;

/** A projection of credit_event with what the score needs. */
@Introspected
record FactRow(EventStatus status, int points, LocalDate effectiveOn, LocalDate expiresOn) {

    CreditRules.Fact fact() {
        return new CreditRules.Fact(status, points, effectiveOn, expiresOn);
    }
}
