package gov.bureau.portal.agency;

import gov.bureau.portal.agency.validation.Emails;
import gov.bureau.portal.agency.validation.Phones;
import gov.bureau.portal.agency.validation.Uscc;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.PasswordRules;
import gov.bureau.portal.security.Role;
import gov.bureau.portal.identity.User;
import gov.bureau.portal.identity.UserRepository;
import gov.bureau.portal.identity.UserService;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Self-registration (机构注册): an agency in DRAFT and its first AGENCY account, in one transaction.
 * Every field is checked before anything is written; a USCC that is already registered is refused.
 */
@Singleton
public class RegistrationService {

    private final AgencyRepository agencies;
    private final UserRepository users;
    private final UserService userService;
    private final AuditLog audit;
    private final BureauClock clock;

    RegistrationService(AgencyRepository agencies, UserRepository users, UserService userService, AuditLog audit,
                        BureauClock clock) {
        this.agencies = agencies;
        this.users = users;
        this.userService = userService;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long register(AgencyCommands.Registration command) {
        String uscc = Uscc.normalise(command.uscc());
        String phone = Phones.normalise(command.contactPhone());
        String email = command.email().strip();
        String username = command.username().strip();
        List<FieldProblem> problems = new ArrayList<>();
        PasswordRules.check("password", command.password()).ifPresent(problems::add);
        if (users.existsByUsername(username)) {
            problems.add(new FieldProblem("username", "validation.username-taken"));
        }
        Uscc.check(uscc).ifPresentOrElse(p -> problems.add(new FieldProblem("uscc", "validation.uscc." + p)), () -> {
            if (agencies.existsByUscc(uscc)) {
                problems.add(new FieldProblem("uscc", "validation.uscc-registered"));
            }
        });
        if (!Phones.isPhone(phone)) {
            problems.add(new FieldProblem("contactPhone", "validation.phone"));
        }
        if (!Emails.isValid(email)) {
            problems.add(new FieldProblem("email", "validation.email"));
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        Agency a = new Agency();
        a.setName(command.agencyName().strip());
        a.setUscc(uscc);
        a.setAgencyType(command.agencyType());
        a.setContactName(command.contactName().strip());
        a.setContactPhone(phone);
        a.setEmail(email);
        a.setStatus(AgencyStatus.DRAFT);
        a.setRegisteredAt(clock.now());
        try {
            a = agencies.save(a);
        } catch (DataAccessException raced) {
            throw PortalException.invalid("uscc", "validation.uscc-registered");
        }
        User user = userService.createAgencyAccount(username, a.getName(), command.password(), a.getId());
        Actor actor = new Actor(user.getId(), user.getUsername(), EnumSet.of(Role.AGENCY), a.getId());
        audit.record(actor, "AGENCY_REGISTERED", AgencyService.ENTITY, a.getId(), Changes.create()
                .set("name", a.getName()).set("uscc", a.getUscc()).set("agencyType", a.getAgencyType())
                .set("username", user.getUsername()).toMap());
        return a.getId();
    }
}
