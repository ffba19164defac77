package gov.bureau.portal.identity;

import gov.bureau.portal.security.Actor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;

import java.util.HashMap;
import java.util.Map;

/** The claims a signed-in user's tokens carry, among them the session they belong to. */
final class UserAuthentications {

    private UserAuthentications() {
    }

    static AuthenticationResponse of(User user, long sessionId) {
        return AuthenticationResponse.success(user.getUsername(), roles(user), attributes(user, sessionId));
    }

    static Authentication authentication(User user, long sessionId) {
        return Authentication.build(user.getUsername(), roles(user), attributes(user, sessionId));
    }

    private static java.util.List<String> roles(User user) {
        return user.getRoles().stream().map(Enum::name).toList();
    }

    private static Map<String, Object> attributes(User user, long sessionId) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(Actor.CLAIM_USER_ID, user.getId());
        attributes.put(Sessions.CLAIM, sessionId);
        attributes.put(Actor.CLAIM_DISPLAY_NAME, user.getDisplayName());
        if (user.isMustChangePassword()) {
            attributes.put(PasswordChangeGate.CLAIM, true);
        }
        if (user.getAgencyId() != null) {
            attributes.put(Actor.CLAIM_AGENCY_ID, user.getAgencyId());
        }
        if (user.getUnitId() != null) {
            attributes.put(Actor.CLAIM_UNIT_ID, user.getUnitId());
        }
        if (user.getExpertId() != null) {
            attributes.put(Actor.CLAIM_EXPERT_ID, user.getExpertId());
        }
        return attributes;
    }
}
