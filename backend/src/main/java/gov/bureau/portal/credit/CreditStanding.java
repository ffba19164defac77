package gov.bureau.portal.credit;

import gov.bureau.portal.agency.CreditGrade;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** What selection needs to know of one agency's credit. */
public record CreditStanding(long agencyId, int score, CreditGrade grade, boolean blacklisted,
                             @Nullable LocalDate blacklistedUntil) {
}
