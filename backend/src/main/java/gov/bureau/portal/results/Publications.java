package gov.bureau.portal.results;

import gov.bureau.portal.common.Sql;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.documents.DocumentStore;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publication (公开, DOMAIN.md §9): the bureau publishes an approved report with the redacted PDF it
 * uploads and a summary that never carries ID or phone numbers; anyone reads the published results.
 */
@Singleton
public class Publications {

    static final String ENTITY = "ResultPublication";
    static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("publishedOn", "p.published_on, p.id");
    }

    private final Sql db;
    private final ResultsService results;
    private final DocumentStore documents;
    private final AuditLog audit;
    private final BureauClock clock;

    Publications(Sql db, ResultsService results, DocumentStore documents, AuditLog audit, BureauClock clock) {
        this.db = db;
        this.results = results;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ResultsViews.PublicationView publish(Actor actor, long engagementId, @Nullable DocumentStore.Upload file, @Nullable String summary) {
        ResultsService.EngagementFacts e = results.engagement(engagementId, true);
        List<FieldProblem> problems = new ArrayList<>();
        String text = BudgetUnits.blankToNull(summary);
        if (text == null) {
            problems.add(new FieldProblem("summary", "validation.required"));
        } else if (text.length() > 4000) {
            problems.add(new FieldProblem("summary", "validation.size-max", 4000));
        } else {
            for (PersonalData.Kind kind : PersonalData.find(text)) {
                problems.add(new FieldProblem("summary", kind == PersonalData.Kind.ID_NUMBER
                        ? "validation.publication-id-number" : "validation.publication-phone"));
            }
        }
        if (file == null) {
            problems.add(new FieldProblem("file", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        if (!e.reportApproved()) {
            throw PortalException.conflict("REPORT_NOT_APPROVED");
        }
        if (!db.exists("SELECT 1 FROM evaluation_result WHERE engagement_id = ?", engagementId)) {
            throw PortalException.conflict("RESULT_MISSING");
        }
        if (db.exists("SELECT 1 FROM result_publication WHERE engagement_id = ?", engagementId)) {
            throw PortalException.conflict("ALREADY_PUBLISHED");
        }
        DocumentStore.Stored stored = documents.store("publications", file, DocumentStore.PDF_ONLY);
        LocalDate today = clock.today();
        long id = db.insert("INSERT INTO result_publication (engagement_id, pub_year, published_on, summary, storage_key, file_name, "
                + "size_bytes, sha256, published_by, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", engagementId, today.getYear(),
                today, text, stored.key(), stored.fileName(), stored.size(), stored.sha256(), actor.username(), clock.now());
        audit.record(actor, "RESULT_PUBLISHED", ENTITY, id, Changes.create().set("engagementId", engagementId)
                .set("fileName", stored.fileName()).set("sha256", stored.sha256()).set("summary", text).toMap());
        return new ResultsViews.PublicationView(id, engagementId, today.getYear(), today, text, stored.fileName());
    }

    /** The engagement's publication, if any. */
    @Transactional
    public java.util.Optional<ResultsViews.PublicationView> of(long engagementId) {
        return db.one("SELECT id, engagement_id, pub_year, published_on, summary, file_name FROM result_publication WHERE engagement_id = ?",
                rs -> new ResultsViews.PublicationView(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5), rs.getString(6)), engagementId);
    }

    /** Published results, one row per evaluated unit/project with a result; {@code id} is the publication's. */
    @Transactional
    public PageResponse<ResultsViews.PublicResult> list(@Nullable Integer year, PageQuery page) {
        SqlList sql = new SqlList("FROM result_publication p JOIN evaluation_result r ON r.engagement_id = p.engagement_id "
                + "JOIN engagement_unit u ON u.id = r.evaluated_unit_id");
        sql.whereIf(year, "p.pub_year = ?", year);
        SqlList.Page<ResultsViews.PublicResult> p = sql.page(db.jdbc(), "SELECT p.id, p.pub_year, u.unit_name, u.project_name, "
                + "r.conclusion, p.published_on, r.evaluated_unit_id", page, SORTABLE, "publishedOn,desc", "r.evaluated_unit_id",
                rs -> new ResultsViews.PublicResult(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        Conclusion.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getLong(7)));
        return p.response(p.rows());
    }

    public record Pdf(String fileName, byte[] bytes) {
    }

    @Transactional
    public Pdf pdf(long id) {
        record Row(String key, String name) {
        }
        Row row = db.one("SELECT storage_key, file_name FROM result_publication WHERE id = ?", rs -> new Row(rs.getString(1), rs.getString(2)), id)
                .orElseThrow(PortalException::notFound);
        return new Pdf(row.name(), documents.bytes(row.key()).orElseThrow(PortalException::notFound));
    }
}
