package gov.bureau.portal.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditRepository extends GenericRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    AuditEntry save(AuditEntry entry);

    @Query("SELECT * FROM audit_log WHERE seq > :afterSeq ORDER BY seq LIMIT :limit")
    List<AuditEntry> findChainSlice(long afterSeq, int limit);

    @Query(value = "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE", nativeQuery = true)
    ChainHead lockHead();

    @Query(value = "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1", nativeQuery = true)
    ChainHead readHead();

    @Query("UPDATE audit_chain_head SET last_seq = :lastSeq, last_hash = :lastHash WHERE id = 1")
    void moveHead(long lastSeq, String lastHash);
}
