package gov.bureau.portal.experts;

import gov.bureau.portal.common.Sql;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.security.PasswordRules;
import gov.bureau.portal.identity.User;
import gov.bureau.portal.identity.UserRepository;
import gov.bureau.portal.identity.UserService;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Self-registration (the expert in SUBMITTED and its EXPERT account, in one transaction) and the bureau's review of it:
 * APPROVE puts the expert in the pool, REJECT (with a reason) ends it.
 */
@Singleton
public class ExpertRegistrations {

    private final ExpertService experts;
    private final ExpertQueries queries;
    private final Sql sql;
    private final UserRepository users;
    private final UserService userService;
    private final AuditLog audit;
    private final BureauClock clock;

    ExpertRegistrations(ExpertService experts, ExpertQueries queries, Sql sql, UserRepository users, UserService userService,
                        AuditLog audit, BureauClock clock) {
        this.experts = experts;
        this.queries = queries;
        this.sql = sql;
        this.users = users;
        this.userService = userService;
        this.audit = audit;
        this.clock = clock;
    }

    /** Self-registration: the expert in SUBMITTED and its EXPERT account, in one transaction. */
    @Transactional
    public long register(ExpertCommands.Registration r) {
        List<FieldProblem> problems = new ArrayList<>();
        ExpertService.Clean c = experts.check(r.form(), null, problems);
        PasswordRules.check("password", r.password()).ifPresent(problems::add);
        String username = r.username().strip();
        if (users.existsByUsername(username)) {
            problems.add(new FieldProblem("username", "validation.username-taken"));
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        long id = experts.insert(Actor.SYSTEM, c, ExpertStatus.SUBMITTED, "REGISTERED");
        User user = userService.createExpertAccount(username, c.name(), r.password(), id);
        Actor actor = new Actor(user.getId(), user.getUsername(), EnumSet.of(Role.EXPERT), null, null, id);
        audit.record(actor, "EXPERT_REGISTERED", ExpertService.ENTITY, id, ExpertService.changes(c).set("status", ExpertStatus.SUBMITTED)
                .set("username", username).toMap());
        return id;
    }

    /** The bureau's review of a self-registered expert: APPROVE puts it in the pool, REJECT (with a reason) ends it. */
    @Transactional
    public ExpertViews.ExpertView review(Actor actor, long id, ExpertCommands.Review review) {
        ExpertService.Stored e = experts.lock(id);
        if (e.status() != ExpertStatus.SUBMITTED) {
            throw PortalException.conflict("EXPERT_STATUS", e.status().name(), ExpertStatus.SUBMITTED.name());
        }
        String comment = ExpertService.blankToNull(review.comment());
        if (review.decision() == ExpertCommands.Decision.REJECT && comment == null) {
            throw PortalException.invalid("comment", "validation.required");
        }
        ExpertStatus target = review.decision() == ExpertCommands.Decision.APPROVE ? ExpertStatus.ACTIVE : ExpertStatus.REJECTED;
        Instant now = clock.now();
        sql.update("UPDATE expert SET status = ?, status_reason = ?, reviewed_by = ?, reviewed_at = ?, updated_at = ?, "
                + "version = version + 1 WHERE id = ?", target, comment, actor.username(), now, now, id);
        audit.record(actor, target == ExpertStatus.ACTIVE ? "EXPERT_APPROVED" : "EXPERT_REJECTED", ExpertService.ENTITY, id,
                Changes.create().diff("status", e.status(), target).toMap(), comment);
        return queries.view(actor, id);
    }
}
