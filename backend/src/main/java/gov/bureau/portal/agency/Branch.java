package gov.bureau.portal.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** 分支机构 */
@MappedEntity("agency_branch")
public record Branch(@Id @GeneratedValue @Nullable Long id, long agencyId, String name, @Nullable String address,
                     @Nullable String principal, @Nullable String phone, int sortOrder) {
}
