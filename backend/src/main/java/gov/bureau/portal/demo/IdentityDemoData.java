package gov.bureau.portal.demo;

import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import gov.bureau.portal.identity.UserCommands;
import gov.bureau.portal.identity.UserRepository;
import gov.bureau.portal.identity.UserService;
import jakarta.inject.Singleton;

import java.util.Set;

/** Bureau accounts of the demo: staff {@code staff} and {@code staff2}, and ADMIN {@code director}. */
@Singleton
public class IdentityDemoData implements DemoData {

    private final UserService users;
    private final UserRepository repository;

    public IdentityDemoData(UserService users, UserRepository repository) {
        this.users = users;
        this.repository = repository;
    }

    @Override
    public int getOrder() {
        return 100;
    }

    @Override
    public void seed(DemoContext context) {
        context.put("staffId", create("staff", "王业务", Role.STAFF, context));
        context.put("staff2Id", create("staff2", "李业务", Role.STAFF, context));
        context.put("directorId", create("director", "赵科长", Role.ADMIN, context));
    }

    private Long create(String username, String name, Role role, DemoContext context) {
        return repository.findByUsername(username).map(u -> u.getId()).orElseGet(() ->
                users.create(Actor.SYSTEM, new UserCommands.CreateUser(username, name, Set.of(role), context.password(), true, null, null)));
    }
}
