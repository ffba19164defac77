package gov.bureau.portal.engagement;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EngagementDocumentRepository extends CrudRepository<EngagementDocument, Long> {

    List<EngagementDocument> findByEngagementIdOrderByUploadedAt(long engagementId);
}
