package gov.bureau.portal.rules;

import java.time.Instant;

/** A published version of a rule table. Records that depend on it keep {@link #id()}. */
public record RuleVersion<T>(long id, String key, int version, T content, String createdBy, Instant createdAt,
                             String reason) {
}
