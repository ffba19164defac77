package gov.bureau.portal.credit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CreditObjectionRepository extends CrudRepository<CreditObjection, Long> {

    Optional<CreditObjection> findByIdForUpdate(Long id);

    Optional<CreditObjection> findByEventId(Long eventId);

    List<CreditObjection> findByIdIn(Collection<Long> ids);

    boolean existsByEventId(Long eventId);

    List<CreditObjection> findByEventIdIn(Collection<Long> eventIds);

    long countByStatus(ObjectionStatus status);
}
