package gov.bureau.portal.identity;

import io.micronaut.security.authentication.AuthenticationFailed;

/** A refused sign-in with the reason the user is told (code and message arguments). */
public class LoginRefused extends AuthenticationFailed {

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
