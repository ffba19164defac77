package gov.bureau.portal.identity;

import io.micronaut.security.authentication.AuthenticationFailed;

/** A refused sign-in with the reason the user is told (code and message arguments). */
public class LoginRefused extends AuthenticationFailed {

    /** A password longer than bcrypt reads: a 422 on field {@code password}, never counted as a failure. */
    static final String PASSWORD_TOO_LONG = "PASSWORD_TOO_LONG";
    /** Too many failed sign-ins from this client: 429. */
    static final String THROTTLED = "SIGN_IN_THROTTLED";

    private final String code;
    private final transient Object[] args;

    public LoginRefused(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
