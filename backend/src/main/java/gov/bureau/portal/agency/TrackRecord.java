package gov.bureau.portal.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/** 业绩: one piece of past evaluation work; {@code workType} is an engagement type code or null. */
@MappedEntity("agency_track_record")
public record TrackRecord(@Id @GeneratedValue @Nullable Long id, long agencyId, String client, String project, int year,
                          @Nullable BigDecimal amount, @Nullable String result, @Nullable String workType,
                          int sortOrder) {
}
