package gov.bureau.portal.agency;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ShareholderRepository extends CrudRepository<Shareholder, Long> {

    List<Shareholder> findByAgencyIdOrderBySortOrder(long agencyId);
}
