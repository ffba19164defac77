package gov.bureau.portal.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One person of the profile: a lead evaluator (主评人), cooperating expert (合作专家) or other
 * practitioner (其他从业人员). Removed people are deactivated, since engagement teams refer to them.
 */
@MappedEntity("agency_person")
public record Practitioner(@Id @GeneratedValue @Nullable Long id, long agencyId, PersonRole role, String name,
                           @Nullable IdType idType, @Nullable String idNumber, @Nullable String title,
                           @Nullable String field, @Nullable String employer, @Nullable String position,
                           @Nullable Integer yearsExperience, @Nullable String phone, int sortOrder, boolean active,
                           Instant createdAt, Instant updatedAt) {
}
