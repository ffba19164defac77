package gov.bureau.portal.experts;

import gov.bureau.portal.common.Sql;
import gov.bureau.portal.agency.validation.ResidentId;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.identity.UserNames;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading the expert pool: the bureau's list, and an expert's record with its sittings, ratings and fees. */
@Singleton
public class ExpertQueries {

    private static final Map<String, String> SORTS = Map.of("name", "e.name", "createdAt", "e.created_at", "id", "e.id",
            "status", "e.status", "title", "e.title");

    private final Sql sql;
    private final RuleBook rules;
    private final PanelDrawRules drawRules;
    private final BureauClock clock;
    private final UserNames people;

    ExpertQueries(Sql sql, RuleBook rules, PanelDrawRules drawRules, BureauClock clock, UserNames people) {
        this.sql = sql;
        this.rules = rules;
        this.drawRules = drawRules;
        this.clock = clock;
        this.people = people;
    }

    @Transactional
    public PageResponse<ExpertViews.ExpertRow> list(@Nullable String status, @Nullable String specialty, @Nullable String title,
                                                    @Nullable String q, PageQuery page) {
        SqlList query = new SqlList("FROM expert e");
        if (status != null && !status.isBlank()) {
            query.where("e.status = ?", ExpertService.parse(ExpertStatus.class, "status", status).name());
        }
        if (title != null && !title.isBlank()) {
            query.where("e.title = ?", ExpertService.parse(ExpertTitle.class, "title", title).name());
        }
        if (specialty != null && !specialty.isBlank()) {
            if (!Specialties.isKnown(specialty.strip())) {
                throw PortalException.invalid("specialty", "validation.specialty-unknown");
            }
            query.where("EXISTS (SELECT 1 FROM expert_specialty s WHERE s.expert_id = e.id AND s.specialty = ?)", specialty.strip());
        }
        query.whereIf(q, "e.name LIKE ?", q == null ? null : SqlList.like(q));
        SqlList.Page<ExpertService.Stored> rows = query.page(sql.jdbc(), "SELECT e.*", page, SORTS, "id,desc", "e.id", ExpertService.Stored::of);
        Map<Long, List<String>> specialties = specialties(rows.rows().stream().map(ExpertService.Stored::id).toList());
        return rows.response(rows.rows().stream().map(s -> new ExpertViews.ExpertRow(s.id(), s.name(), s.title(), s.employer(),
                s.status(), specialties.getOrDefault(s.id(), List.of()), s.ratingCount(), ExpertService.average(s.ratingCount(), s.ratingTotal()),
                s.sittings())).toList());
    }

    /** The record: the bureau sees every expert, an expert its own (404 for another's). */
    @Transactional
    public ExpertViews.ExpertView view(Actor actor, long id) {
        if (!actor.maySeeExpert(id)) {
            throw PortalException.notFound();
        }
        ExpertService.Stored s = find(id);
        boolean own = actor.isExpert() && Long.valueOf(id).equals(actor.expertId());
        List<ExpertViews.Seat> seats = sql.list("SELECT p.id, p.engagement_id, g.title, p.purpose, p.status, m.status AS member_status, "
                + "o.verdict, p.created_at FROM expert_panel_member m JOIN expert_panel p ON p.id = m.panel_id "
                + "JOIN engagement g ON g.id = p.engagement_id LEFT JOIN expert_opinion o ON o.panel_id = m.panel_id AND o.expert_id = m.expert_id "
                + "WHERE m.expert_id = ? ORDER BY m.panel_id DESC LIMIT 50", rs -> new ExpertViews.Seat(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                clock.toOffset(Sql.instant(rs, "created_at"))), id);
        int declined = (int) sql.count("SELECT COUNT(*) FROM expert_panel_member WHERE expert_id = ? AND status = 'DECLINED'", id);
        List<ExpertViews.FeeView> fees = feesOf(id, own);
        int weight = PanelDraw.weight(s.ratingCount(), s.ratingTotal(), rules.current(drawRules).content());
        return new ExpertViews.ExpertView(s.id(), s.name(), own ? s.idNumber() : ResidentId.mask(s.idNumber()), s.title(),
                specialties(List.of(id)).getOrDefault(id, List.of()), s.employer(), s.phone(), s.email(), s.bankName(),
                own ? s.bankAccount() : ExpertService.mask(s.bankAccount()), s.status(), s.statusReason(), s.source(), s.ratingCount(),
                ExpertService.average(s.ratingCount(), s.ratingTotal()), weight, s.sittings(), declined, clock.toOffset(s.createdAt()),
                people.displayName(s.reviewedBy()), clock.toOffset(s.reviewedAt()), s.version(), seats, fees);
    }

    private List<ExpertViews.FeeView> feesOf(long expertId, boolean own) {
        return sql.list(FeeService.SELECT + " WHERE f.expert_id = ? ORDER BY f.created_at DESC, f.id DESC LIMIT 50",
                rs -> FeeService.row(rs, clock, own), expertId);
    }

    ExpertService.Stored find(long id) {
        return sql.one("SELECT * FROM expert WHERE id = ?", ExpertService.Stored::of, id).orElseThrow(PortalException::notFound);
    }

    Map<Long, List<String>> specialties(List<Long> ids) {
        Map<Long, List<String>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        sql.list("SELECT expert_id, specialty FROM expert_specialty WHERE expert_id IN (" + Sql.placeholders(ids.size())
                + ") ORDER BY expert_id, specialty", rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            return null;
        }, ids.toArray());
        return out;
    }
}
