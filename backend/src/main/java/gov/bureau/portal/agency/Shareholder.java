package gov.bureau.portal.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/** 股东/合伙人: a person (by identity document) or an organisation (by its unified social credit code). */
@MappedEntity("agency_shareholder")
public record Shareholder(@Id @GeneratedValue @Nullable Long id, long agencyId, HolderKind holderKind, String name,
                          @Nullable IdType idType, @Nullable String idNumber, @Nullable BigDecimal sharePercent, int sortOrder) {

    public enum HolderKind { PERSON, ORGANISATION }
}
