package gov.bureau.portal.rules;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RuleVersionRepository extends CrudRepository<StoredRuleVersion, Long> {

    @Query("SELECT * FROM rule_version WHERE rule_key = :ruleKey ORDER BY version DESC LIMIT 1")
    Optional<StoredRuleVersion> findLatest(String ruleKey);

    @Query("SELECT * FROM rule_version WHERE rule_key = :ruleKey ORDER BY version DESC LIMIT 1 FOR UPDATE")
    Optional<StoredRuleVersion> lockLatest(String ruleKey);

    Optional<StoredRuleVersion> findByRuleKeyAndVersion(String ruleKey, int version);

    List<StoredRuleVersion> findByRuleKeyOrderByVersionDesc(String ruleKey);
}
