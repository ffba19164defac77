package gov.bureau.portal.experts;

import gov.bureau.portal.common.Sql;
import gov.bureau.portal.agency.validation.Emails;
import gov.bureau.portal.agency.validation.Phones;
import gov.bureau.portal.agency.validation.ResidentId;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The bureau's editing of the expert pool (DOMAIN.md §10): experts it adds (ACTIVE at once), their data and their
 * status with reasons. Every field is checked before anything is written; the form check, the insert and the
 * helpers here serve the self-registration ({@link ExpertRegistrations}) too, and {@link ExpertQueries} reads.
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
                    Sql.instant(rs, "created_at"), rs.getString("reviewed_by"), Sql.instant(rs, "reviewed_at"),
                    rs.getLong("version"));
        }
    }

    private final Sql sql;
    private final ExpertQueries queries;
    private final AuditLog audit;
    private final BureauClock clock;

    ExpertService(Sql sql, ExpertQueries queries, AuditLog audit, BureauClock clock) {
        this.sql = sql;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    /** The checked, normalised data of a form. */
    record Clean(String name, String idNumber, ExpertTitle title, List<String> specialties, String employer, String phone,
                         String email, String bankName, String bankAccount) {
    }

    Clean check(ExpertCommands.ExpertForm f, @Nullable Long exceptId, List<FieldProblem> problems) {
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

    long insert(Actor actor, Clean c, ExpertStatus status, String source) {
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
        List<String> oldSpecialties = queries.specialties(List.of(id)).getOrDefault(id, List.of());
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
        return queries.view(actor, id);
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
        return queries.view(actor, id);
    }

    Stored lock(long id) {
        return sql.one("SELECT * FROM expert WHERE id = ? FOR UPDATE", Stored::of, id).orElseThrow(PortalException::notFound);
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

    static Changes changes(Clean c) {
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
