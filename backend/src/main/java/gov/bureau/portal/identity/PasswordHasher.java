package gov.bureau.portal.identity;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** bcrypt (at.favre.lib:bcrypt), cost configurable through {@code portal.password.bcrypt-cost}. */
@Singleton
public class PasswordHasher {

    private final int cost;
    /**
     * Compared against when the user does not exist, so both paths take the same time; made at the first
     * use (not on the start path: a hash costs tens of milliseconds).
     */
    private volatile String decoy;

    public PasswordHasher(@Value("${portal.password.bcrypt-cost:10}") int cost) {
        this.cost = cost;
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    public void spendDecoyTime(String password) {
        String d = decoy;
        if (d == null) {
            d = hash("decoy-password-never-valid");
            decoy = d;
        }
        matches(password == null ? "" : password, d);
    }
}
