package gov.bureau.portal.support;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that needs the real database (every {@link IntegrationTest}, and tests that migrate a
 * schema of their own). Tagged {@code database}: the Maven execution {@code external-database} runs
 * these tests a second time against the MySQL/MariaDB server at 127.0.0.1:3306 (README, "Tests on
 * both databases"), and skips them, saying why, when that server is absent.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("database")
@ExtendWith(ExternalDatabaseCondition.class)
public @interface DatabaseTest {
}
