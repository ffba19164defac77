package gov.bureau.portal.identity;

import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * People as people are named (issue 11): records keep who acted by user name (`staff`); screens show
 * the display name (王业务). A name without an account, or an account without a display name, stays as
 * it is.
 */
@Singleton
public class UserNames {

    private final UserRepository users;

    UserNames(UserRepository users) {
        this.users = users;
    }

    /** user name → display name, for every name given. */
    public Map<String, String> displayNames(Collection<String> usernames) {
        List<String> wanted = usernames.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, String> out = new HashMap<>();
        wanted.forEach(u -> out.put(u, u));
        if (!wanted.isEmpty()) {
            for (User u : users.findByUsernameInList(wanted)) {
                if (u.getDisplayName() != null && !u.getDisplayName().isBlank()) {
                    out.put(u.getUsername(), u.getDisplayName());
                }
            }
        }
        return out;
    }

    /**
     * The same naming inside a query: an SQL expression for a user name column that reads the account's display
     * name, else the name kept (for lists and exports that name people row by row).
     */
    public static String displayNameSql(String usernameColumn) {
        return "COALESCE((SELECT NULLIF(TRIM(u.display_name), '') FROM app_user u WHERE u.username = " + usernameColumn + "), "
                + usernameColumn + ")";
    }

    public String displayName(String username) {
        return username == null ? null : displayNames(List.of(username)).get(username);
    }
}
