package gov.bureau.portal.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An entry of the coordination log (协调问题): raised by staff or the agency, later resolved. */
@MappedEntity("coordination_issue")
public record CoordinationIssue(@Id @GeneratedValue @Nullable Long id, long engagementId, String category,
                                String description, @Nullable Long raisedById, String raisedByName, String raisedBySide,
                                Instant raisedAt, @Nullable String resolution, @Nullable String resolvedByName,
                                @Nullable Instant resolvedAt) {

    public enum Category { COMMUNICATION, DOCUMENTS, SITE_CHECK, CONSULTATION, SCHEDULE, OTHER }
}
