package gov.bureau.portal.identity;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;

import java.util.HashMap;
import java.util.Map;

/** The claims a signed-in user's tokens carry. */
final class UserAuthentications {

    private UserAuthentications() {
    }

    static AuthenticationResponse of(User user) {
        return AuthenticationResponse.success(user.getUsername(), roles(user), attributes(user));
    }

    static Authentication authentication(User user) {
        return Authentication.build(user.getUsername(), roles(user), attributes(user));
    }

    private static java.util.List<String> roles(User user) {
        return user.getRoles().stream().map(Enum::name).toList();
    }

    private static Map<String, Object> attributes(User user) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(Actor.CLAIM_USER_ID, user.getId());
        attributes.put(Actor.CLAIM_DISPLAY_NAME, user.getDisplayName());
        if (user.isMustChangePassword()) {
            attributes.put(PasswordChangeGate.CLAIM, true);
        }
        if (user.getAgencyId() != null) {
            attributes.put(Actor.CLAIM_AGENCY_ID, user.getAgencyId());
        }
        return attributes;
    }
}
