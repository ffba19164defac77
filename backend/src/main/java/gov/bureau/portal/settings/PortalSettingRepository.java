package gov.bureau.portal.settings;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PortalSettingRepository extends CrudRepository<PortalSetting, String> {

    @Query("INSERT INTO portal_setting (setting_key, setting_value, updated_by, updated_at) VALUES (:key, :value, :by, :at) "
            + "ON DUPLICATE KEY UPDATE setting_value = VALUES(setting_value), updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)")
    void put(String key, String value, String by, Instant at);
}
