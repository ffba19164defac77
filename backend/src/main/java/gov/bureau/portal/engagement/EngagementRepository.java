package gov.bureau.portal.engagement;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EngagementRepository extends CrudRepository<Engagement, Long> {

    /** The engagement with its row locked until the transaction ends: every change of state goes through this. */
    Optional<Engagement> findByIdForUpdate(Long id);
}
