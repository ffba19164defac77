package gov.bureau.portal.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** A lead evaluator's qualification certificate. */
@MappedEntity("agency_certificate")
public record Certificate(@Id @GeneratedValue @Nullable Long id, long personId, long agencyId, String certType,
                          String certNumber, @Nullable LocalDate issuedOn, LocalDate expiresOn, int sortOrder) {
}
