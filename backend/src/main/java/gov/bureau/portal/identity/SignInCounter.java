package gov.bureau.portal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * Failed sign-ins of one client: for one user name as typed (scope ACCOUNT), or for all names (scope
 * CLIENT, user name empty).
 */
@MappedEntity("sign_in_throttle")
public record SignInCounter(@Id @GeneratedValue @Nullable Long id,
                            String scope,
                            String client,
                            String username,
                            int failures,
                            Instant firstFailureAt,
                            @Nullable Instant lockedUntil) {

    LoginPolicy.Counter counter() {
        return new LoginPolicy.Counter(failures, firstFailureAt, lockedUntil);
    }
}
