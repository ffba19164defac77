package gov.bureau.portal.audit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.MappedProperty;

/** The last link of the audit chain (table audit_chain_head). */
@Introspected
public record ChainHead(@MappedProperty("last_seq") long lastSeq, @MappedProperty("last_hash") String lastHash) {
}
