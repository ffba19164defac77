package gov.bureau.portal.credit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EvidenceFileRepository extends CrudRepository<EvidenceFile, Long> {

    List<EvidenceFile> findByOwnerTypeAndOwnerIdInOrderById(String ownerType, Collection<Long> ownerIds);

    @Query("SELECT * FROM credit_file WHERE id IN (:ids) FOR UPDATE")
    List<EvidenceFile> lockByIds(Collection<Long> ids);

    @Query("SELECT * FROM credit_file WHERE owner_type IS NULL AND uploaded_at < :before ORDER BY id LIMIT 500")
    List<EvidenceFile> findUnattachedBefore(Instant before);
}
