package gov.bureau.portal.agency;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AgencyDocumentRepository extends CrudRepository<AgencyDocument, Long> {

    List<AgencyDocument> findByAgencyIdAndAttachedOrderById(long agencyId, boolean attached);

    @Query("UPDATE agency_document SET attached = (id IN (:ids)) WHERE agency_id = :agencyId")
    void attachOnly(long agencyId, Collection<Long> ids);

    @Query("UPDATE agency_document SET attached = FALSE WHERE agency_id = :agencyId")
    void detachAll(long agencyId);
}
