package gov.bureau.portal.inbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("inbox_message")
record InboxMessage(@Id @GeneratedValue @Nullable Long id, long userId, String titleKey, @Nullable String titleArgs,
                    @Nullable String body, @Nullable String link, Instant createdAt, @Nullable Instant readAt) {
}
