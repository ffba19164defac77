package gov.bureau.portal.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/**
 * An evaluated unit (被评价单位), optionally a project of it and the funds involved, and the registered
 * budget unit it is (results area, V60).
 */
@MappedEntity("engagement_unit")
public record EvaluatedUnit(@Id @GeneratedValue @Nullable Long id, long engagementId, int position, String unitName,
                            @Nullable String projectName, @Nullable BigDecimal funds, @Nullable Long budgetUnitId) {
}
