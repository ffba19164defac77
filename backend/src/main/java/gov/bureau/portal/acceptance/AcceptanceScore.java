package gov.bureau.portal.acceptance;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;

/** The points of one item, with the item as the template version had it. */
@MappedEntity("acceptance_score")
public record AcceptanceScore(@EmbeddedId Key key, int position, String stage, String itemName, BigDecimal maxPoints,
                              BigDecimal points) {

    @Embeddable
    public record Key(@MappedProperty("acceptance_id") long acceptanceId, @MappedProperty("item_id") String itemId) {
    }
}
