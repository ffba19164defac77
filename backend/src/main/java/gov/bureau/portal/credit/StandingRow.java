package gov.bureau.portal.credit;

import gov.bureau.portal.agency.CreditGrade;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("credit_standing")
record StandingRow(@Id Long agencyId, int score, String grade, int pointsInForce, boolean blacklisted,
                   @Nullable LocalDate blacklistedUntil, @Nullable LocalDate changesOn, @Nullable Long bandsVersionId,
                   Instant computedAt) {

    CreditStanding standing() {
        return new CreditStanding(agencyId, score, CreditGrade.valueOf(grade), blacklisted, blacklistedUntil);
    }
}
