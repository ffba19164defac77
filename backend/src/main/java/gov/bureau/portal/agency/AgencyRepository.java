package gov.bureau.portal.agency;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AgencyRepository extends CrudRepository<Agency, Long> {

    boolean existsByUscc(String uscc);

    Optional<Agency> findByUscc(String uscc);

    @Query("SELECT * FROM agency WHERE id = :id FOR UPDATE")
    Optional<Agency> findByIdForUpdate(Long id);
}
