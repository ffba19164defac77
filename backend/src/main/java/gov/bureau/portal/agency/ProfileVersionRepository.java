package gov.bureau.portal.agency;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProfileVersionRepository extends CrudRepository<ProfileVersion, Long> {

    /** The agency's versions, newest first, without their content. */
    List<ProfileVersion.Head> listByAgencyIdOrderByNumberDesc(long agencyId);

    Optional<ProfileVersion> findByAgencyIdAndNumber(long agencyId, int number);

    Optional<Integer> findNumberById(long id);

    Optional<ProfileVersion> findFirstByAgencyIdOrderByNumberDesc(long agencyId);

    @Query("SELECT COALESCE(MAX(number), 0) FROM agency_version WHERE agency_id = :agencyId")
    int maxNumber(long agencyId);
}
