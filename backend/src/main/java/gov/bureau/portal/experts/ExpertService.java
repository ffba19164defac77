package gov.bureau.portal.experts;

import gov.bureau.portal.agency.validation.Emails;
import gov.bureau.portal.agency.validation.Phones;
import gov.bureau.portal.agency.validation.ResidentId;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.security.PasswordRules;
import gov.bureau.portal.identity.User;
import gov.bureau.portal.identity.UserRepository;
import gov.bureau.portal.identity.UserService;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The expert pool (DOMAIN.md §10): experts the bureau adds (ACTIVE at once) or who register
 * themselves (SUBMITTED, then reviewed), their status with reasons, and their record with ratings,
 * sittings and fees. Every field is checked before anything is written.
 */
@Singleton
public class ExpertService {

    static final String ENTITY = "Expert";

    /** One expert row as stored. */
    record Stored(long id, String name, String idNumber, ExpertTitle title, String employer, String phone, String email,
                  String bankName, String bankAccount, ExpertStatus status, String statusReason, String source, int ratingCount,
                  int ratingTotal, int sittings, Instant createdAt, String reviewedBy, Instant reviewedAt, long version) {

        static Stored of(ResultSet rs) throws SQLException {
            return new Stored(rs.getLong("id"), rs.getString("name"), rs.getString("id_number"),
                    ExpertTitle.valueOf(rs.getString("title")), rs.getString("employer"), rs.getString("phone"),
                    rs.getString("email"), rs.getString("bank_name"), rs.getString("bank_account"),
                    ExpertStatus.valueOf(rs.getString("status")), rs.getString("status_reason"), rs.getString("source"),
                    rs.getInt("rating_count"), rs.getInt("rating_total"), rs.getInt("sittings"),
                    ExpertSql.instant(rs, "created_at"), rs.getString("reviewed_by"), ExpertSql.instant(rs, "reviewed_at"),
                    rs.getLong("version"));
        }
    }

    private static final Map<String, String> SORTS = Map.of("name", "e.name", "createdAt", "e.created_at", "id", "e.id",
            "status", "e.status", "title", "e.title");

    private final ExpertSql sql;
    private final UserRepository users;
    private final UserService userService;
    private final RuleBook rules;
    private final PanelDrawRules drawRules;
    private final AuditLog audit;
    private final BureauClock clock;

    ExpertService(ExpertSql sql, UserRepository users, UserService userService, RuleBook rules, PanelDrawRules drawRules,
                  AuditLog audit, BureauClock clock) {
        this.sql = sql;
        this.users = users;
        this.userService = userService;
        this.rules = rules;
        this.drawRules = drawRules;
        this.audit = audit;
        this.clock = clock;
    }

    /** The checked, normalised data of a form. */
    private record Clean(String name, String idNumber, ExpertTitle title, List<String> specialties, String employer, String phone,
                         String email, String bankName, String bankAccount) {
    }

    private Clean check(ExpertCommands.ExpertForm f, @Nullable Long exceptId, List<FieldProblem> problems) {
        String id = f.idNumber().strip().toUpperCase(Locale.ROOT);
        ResidentId.check(id, clock.today()).ifPresentOrElse(
                p -> problems.add(new FieldProblem("idNumber", "validation.resident-id." + p.name())),
                () -> {
                    if (sql.count("SELECT COUNT(*) FROM expert WHERE id_number = ? AND id <> ?", id, exceptId == null ? -1L : exceptId) > 0) {
                        problems.add(new FieldProblem("idNumber", "validation.expert-id-registered"));
                    }
                });
        Set<String> specialties = new LinkedHashSet<>();
        for (int i = 0; i < f.specialties().size(); i++) {
            String s = f.specialties().get(i) == null ? null : f.specialties().get(i).strip();
            if (!Specialties.isKnown(s)) {
                problems.add(new FieldProblem("specialties[" + i + "]", "validation.specialty-unknown"));
            } else {
                specialties.add(s);
            }
        }
        String phone = Phones.normalise(f.phone());
        if (!Phones.isPhone(phone)) {
            problems.add(new FieldProblem("phone", "validation.phone"));
        }
        String email = blankToNull(f.email());
        if (email != null && !Emails.isValid(email)) {
            problems.add(new FieldProblem("email", "validation.email"));
        }
        String account = blankToNull(f.bankAccount());
        if (account != null) {
            account = account.replaceAll("[\\s-]", "");
            if (!account.matches("\\d{8,30}")) {
                problems.add(new FieldProblem("bankAccount", "validation.bank-account"));
            }
        }
        return new Clean(f.name().strip(), id, f.title(), List.copyOf(specialties), f.employer().strip(), phone, email,
                blankToNull(f.bankName()), account);
    }

    @Transactional
    public long create(Actor actor, ExpertCommands.ExpertForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Clean c = check(form, null, problems);
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        long id = insert(actor, c, ExpertStatus.ACTIVE, "BUREAU");
        audit.record(actor, "EXPERT_CREATED", ENTITY, id, changes(c).set("status", ExpertStatus.ACTIVE).toMap());
        return id;
    }

    /** Self-registration: the expert in SUBMITTED and its EXPERT account, in one transaction. */
    @Transactional
    public long register(ExpertCommands.Registration r) {
        List<FieldProblem> problems = new ArrayList<>();
        Clean c = check(r.form(), null, problems);
        PasswordRules.check("password", r.password()).ifPresent(problems::add);
        String username = r.username().strip();
        if (users.existsByUsername(username)) {
            problems.add(new FieldProblem("username", "validation.username-taken"));
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        long id = insert(Actor.SYSTEM, c, ExpertStatus.SUBMITTED, "REGISTERED");
        User user = userService.createExpertAccount(username, c.name(), r.password(), id);
        Actor actor = new Actor(user.getId(), user.getUsername(), EnumSet.of(Role.EXPERT), null, null, id);
        audit.record(actor, "EXPERT_REGISTERED", ENTITY, id, changes(c).set("status", ExpertStatus.SUBMITTED)
                .set("username", username).toMap());
        return id;
    }

    private long insert(Actor actor, Clean c, ExpertStatus status, String source) {
        Instant now = clock.now();
        long id;
        try {
            id = sql.insert("INSERT INTO expert (name, id_number, title, employer, phone, email, bank_name, bank_account, status, "
                            + "source, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    c.name(), c.idNumber(), c.title(), c.employer(), c.phone(), c.email(), c.bankName(), c.bankAccount(), status,
                    source, actor.username(), now, now);
        } catch (DataAccessException raced) {
            throw PortalException.invalid("idNumber", "validation.expert-id-registered");
        }
        for (String s : c.specialties()) {
            sql.update("INSERT INTO expert_specialty (expert_id, specialty) VALUES (?, ?)", id, s);
        }
        return id;
    }

    @Transactional
    public ExpertViews.ExpertView update(Actor actor, long id, ExpertCommands.ExpertForm form) {
        Stored before = lock(id);
        List<FieldProblem> problems = new ArrayList<>();
        Clean c = check(form, id, problems);
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        // the version read is optional (API.md names the fields only); when given, a stale one is refused
        if (form.version() != null && form.version() != before.version()) {
            throw PortalException.conflict("STALE_VERSION");
        }
        List<String> oldSpecialties = specialties(List.of(id)).getOrDefault(id, List.of());
        try {
            sql.update("UPDATE expert SET name = ?, id_number = ?, title = ?, employer = ?, phone = ?, email = ?, bank_name = ?, "
                            + "bank_account = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                    c.name(), c.idNumber(), c.title(), c.employer(), c.phone(), c.email(), c.bankName(), c.bankAccount(), clock.now(), id);
        } catch (DataAccessException raced) {
            throw PortalException.invalid("idNumber", "validation.expert-id-registered");
        }
        sql.update("DELETE FROM expert_specialty WHERE expert_id = ?", id);
        for (String s : c.specialties()) {
            sql.update("INSERT INTO expert_specialty (expert_id, specialty) VALUES (?, ?)", id, s);
        }
        audit.record(actor, "EXPERT_UPDATED", ENTITY, id, Changes.create()
                .diff("name", before.name(), c.name()).diff("idNumber", ResidentId.mask(before.idNumber()), ResidentId.mask(c.idNumber()))
                .diff("title", before.title(), c.title()).diff("employer", before.employer(), c.employer())
                .diff("phone", before.phone(), c.phone()).diff("email", before.email(), c.email())
                .diff("bankName", before.bankName(), c.bankName())
                .diff("bankAccount", mask(before.bankAccount()), mask(c.bankAccount()))
                .diff("specialties", oldSpecialties, c.specialties()).toMap());
        return view(actor, id);
    }

    /** The bureau's review of a self-registered expert: APPROVE puts it in the pool, REJECT (with a reason) ends it. */
    @Transactional
    public ExpertViews.ExpertView review(Actor actor, long id, ExpertCommands.Review review) {
        Stored e = lock(id);
        if (e.status() != ExpertStatus.SUBMITTED) {
            throw PortalException.conflict("EXPERT_STATUS", e.status().name(), ExpertStatus.SUBMITTED.name());
        }
        String comment = blankToNull(review.comment());
        if (review.decision() == ExpertCommands.Decision.REJECT && comment == null) {
            throw PortalException.invalid("comment", "validation.required");
        }
        ExpertStatus target = review.decision() == ExpertCommands.Decision.APPROVE ? ExpertStatus.ACTIVE : ExpertStatus.REJECTED;
        Instant now = clock.now();
        sql.update("UPDATE expert SET status = ?, status_reason = ?, reviewed_by = ?, reviewed_at = ?, updated_at = ?, "
                + "version = version + 1 WHERE id = ?", target, comment, actor.username(), now, now, id);
        audit.record(actor, target == ExpertStatus.ACTIVE ? "EXPERT_APPROVED" : "EXPERT_REJECTED", ENTITY, id,
                Changes.create().diff("status", e.status(), target).toMap(), comment);
        return view(actor, id);
    }

    /** Pause, resume or remove (with a reason, except to resume). */
    @Transactional
    public ExpertViews.ExpertView changeStatus(Actor actor, long id, ExpertCommands.StatusChange change) {
        Stored e = lock(id);
        String reason = blankToNull(change.reason());
        if (change.status() != ExpertStatus.ACTIVE && reason == null) {
            throw PortalException.invalid("reason", "validation.required");
        }
        if (e.status() == ExpertStatus.SUBMITTED || !e.status().mayMoveTo(change.status())) {
            throw PortalException.conflict("EXPERT_STATUS", e.status().name(), change.status().name());
        }
        sql.update("UPDATE expert SET status = ?, status_reason = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                change.status(), reason, clock.now(), id);
        audit.record(actor, "EXPERT_STATUS_CHANGED", ENTITY, id, Changes.create().diff("status", e.status(), change.status()).toMap(),
                reason);
        return view(actor, id);
    }

    @Transactional
    public PageResponse<ExpertViews.ExpertRow> list(@Nullable String status, @Nullable String specialty, @Nullable String title,
                                                    @Nullable String q, PageQuery page) {
        SqlList query = new SqlList("FROM expert e");
        if (status != null && !status.isBlank()) {
            query.where("e.status = ?", parse(ExpertStatus.class, "status", status).name());
        }
        if (title != null && !title.isBlank()) {
            query.where("e.title = ?", parse(ExpertTitle.class, "title", title).name());
        }
        if (specialty != null && !specialty.isBlank()) {
            if (!Specialties.isKnown(specialty.strip())) {
                throw PortalException.invalid("specialty", "validation.specialty-unknown");
            }
            query.where("EXISTS (SELECT 1 FROM expert_specialty s WHERE s.expert_id = e.id AND s.specialty = ?)", specialty.strip());
        }
        query.whereIf(q, "e.name LIKE ?", q == null ? null : SqlList.like(q));
        SqlList.Page<Stored> rows = query.page(sql.jdbc(), "SELECT e.*", page, SORTS, "id,desc", "e.id", Stored::of);
        Map<Long, List<String>> specialties = specialties(rows.rows().stream().map(Stored::id).toList());
        return rows.response(rows.rows().stream().map(s -> new ExpertViews.ExpertRow(s.id(), s.name(), s.title(), s.employer(),
                s.status(), specialties.getOrDefault(s.id(), List.of()), s.ratingCount(), average(s.ratingCount(), s.ratingTotal()),
                s.sittings())).toList());
    }

    /** The record: the bureau sees every expert, an expert its own (404 for another's). */
    @Transactional
    public ExpertViews.ExpertView view(Actor actor, long id) {
        if (!actor.maySeeExpert(id)) {
            throw PortalException.notFound();
        }
        Stored s = find(id);
        boolean own = actor.isExpert() && Long.valueOf(id).equals(actor.expertId());
        List<ExpertViews.Seat> seats = sql.list("SELECT p.id, p.engagement_id, g.title, p.purpose, p.status, m.status AS member_status, "
                + "o.verdict, p.created_at FROM expert_panel_member m JOIN expert_panel p ON p.id = m.panel_id "
                + "JOIN engagement g ON g.id = p.engagement_id LEFT JOIN expert_opinion o ON o.panel_id = m.panel_id AND o.expert_id = m.expert_id "
                + "WHERE m.expert_id = ? ORDER BY m.panel_id DESC LIMIT 50", rs -> new ExpertViews.Seat(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                clock.toOffset(ExpertSql.instant(rs, "created_at"))), id);
        int declined = (int) sql.count("SELECT COUNT(*) FROM expert_panel_member WHERE expert_id = ? AND status = 'DECLINED'", id);
        List<ExpertViews.FeeView> fees = feesOf(id, own);
        int weight = PanelDraw.weight(s.ratingCount(), s.ratingTotal(), rules.current(drawRules).content());
        return new ExpertViews.ExpertView(s.id(), s.name(), own ? s.idNumber() : ResidentId.mask(s.idNumber()), s.title(),
                specialties(List.of(id)).getOrDefault(id, List.of()), s.employer(), s.phone(), s.email(), s.bankName(),
                own ? s.bankAccount() : mask(s.bankAccount()), s.status(), s.statusReason(), s.source(), s.ratingCount(),
                average(s.ratingCount(), s.ratingTotal()), weight, s.sittings(), declined, clock.toOffset(s.createdAt()),
                s.reviewedBy(), clock.toOffset(s.reviewedAt()), s.version(), seats, fees);
    }

    private List<ExpertViews.FeeView> feesOf(long expertId, boolean own) {
        return sql.list(FeeService.SELECT + " WHERE f.expert_id = ? ORDER BY f.created_at DESC, f.id DESC LIMIT 50",
                rs -> FeeService.row(rs, clock, own), expertId);
    }

    Stored find(long id) {
        return sql.one("SELECT * FROM expert WHERE id = ?", Stored::of, id).orElseThrow(PortalException::notFound);
    }

    private Stored lock(long id) {
        return sql.one("SELECT * FROM expert WHERE id = ? FOR UPDATE", Stored::of, id).orElseThrow(PortalException::notFound);
    }

    Map<Long, List<String>> specialties(List<Long> ids) {
        Map<Long, List<String>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        sql.list("SELECT expert_id, specialty FROM expert_specialty WHERE expert_id IN (" + ExpertSql.placeholders(ids.size())
                + ") ORDER BY expert_id, specialty", rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            return null;
        }, ids.toArray());
        return out;
    }

    static BigDecimal average(int count, int total) {
        return count == 0 ? null : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(2L * count), 2, RoundingMode.HALF_UP);
    }

    static String mask(@Nullable String account) {
        if (account == null || account.length() <= 4) {
            return account == null ? null : "****";
        }
        return "*".repeat(account.length() - 4) + account.substring(account.length() - 4);
    }

    private static Changes changes(Clean c) {
        return Changes.create().set("name", c.name()).set("idNumber", ResidentId.mask(c.idNumber())).set("title", c.title())
                .set("specialties", c.specialties()).set("employer", c.employer());
    }

    static String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException bad) {
            throw PortalException.invalid(field, "validation.invalid-value");
        }
    }
}
