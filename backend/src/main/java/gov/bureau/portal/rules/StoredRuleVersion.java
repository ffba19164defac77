package gov.bureau.portal.rules;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("rule_version")
record StoredRuleVersion(@Id @GeneratedValue @Nullable Long id, String ruleKey, int version, String content,
                         @Nullable String reason, String createdBy, Instant createdAt) {
}
