package gov.bureau.portal.agency;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CertificateRepository extends CrudRepository<Certificate, Long> {

    List<Certificate> findByAgencyIdOrderBySortOrder(long agencyId);

    void deleteByAgencyId(long agencyId);
}
