package gov.bureau.portal.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserRepository extends CrudRepository<User, Long>, JpaSpecificationExecutor<User> {

    Optional<User> findByUsername(String username);

    boolean existsByUsername(String username);

    List<User> findByUsernameInList(java.util.Collection<String> usernames);

    List<User> findByAgencyIdOrderByUsername(Long agencyId);

    /** Sign-in bookkeeping is not an edit of the account: it leaves {@code version} alone. */
    @Query("UPDATE app_user SET last_login_at = :at WHERE id = :id")
    void recordSuccess(Long id, Instant at);

    /** Whether the agency an AGENCY account is for exists (app_user.agency_id references agency). */
    @Query("SELECT COUNT(*) > 0 FROM agency WHERE id = :agencyId")
    boolean agencyExists(Long agencyId);

    /** Whether the expert an EXPERT account is for exists (app_user.expert_id references expert). */
    @Query("SELECT COUNT(*) > 0 FROM expert WHERE id = :expertId")
    boolean expertExists(Long expertId);

    /** Whether the budget unit a UNIT account is for exists (app_user.unit_id references budget_unit, V60). */
    @Query("SELECT COUNT(*) > 0 FROM budget_unit WHERE id = :unitId")
    boolean unitExists(Long unitId);

    @Query("SELECT COUNT(*) FROM app_user WHERE enabled = TRUE AND FIND_IN_SET('ADMIN', roles) > 0")
    long countEnabledAdmins();

    @Query("SELECT id FROM app_user WHERE enabled = TRUE AND FIND_IN_SET('ADMIN', roles) > 0 ORDER BY id")
    List<Long> enabledAdminIds();
}
