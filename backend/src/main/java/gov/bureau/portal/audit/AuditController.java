package gov.bureau.portal.audit;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.common.Downloads;
import gov.bureau.portal.common.Messages;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Audit log")
@Refusals
@Controller("/api/audit-log")
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditController {

    private final AuditQueries queries;
    private final AuditExport export;

    public AuditController(AuditQueries queries, AuditExport export) {
        this.queries = queries;
        this.export = export;
    }

    @Operation(summary = "Browse the audit log", description = "Filters: actor (user name), entityType, entityId, action, "
            + "from/to (dates, inclusive, in the bureau's time zone). Sort: seq (default, newest first), occurredAt, actor, action. "
            + "Each entry also carries actionName and entityTypeName in the reader's language (Accept-Language) and "
            + "entityName, the object's name where its area names it.")
    @Get
    public PageResponse<AuditView> list(HttpRequest<?> request, @RequestBean AuditQueries.Filter filter, @RequestBean PageQuery page) {
        return queries.list(filter, page, Messages.localeOf(request));
    }

    @Operation(summary = "What the filters offer", description = "The actions and entity types the log holds, "
            + "each as {code, name} with the name in the reader's language, sorted by name.")
    @Get("/facets")
    public AuditQueries.Facets facets(HttpRequest<?> request) {
        return queries.facets(Messages.localeOf(request));
    }

    @Operation(summary = "The audit log as an Excel file", description = "The list's filters and sort; at most the first "
            + "10,000 matching entries; names in the reader's language.")
    @Get("/export")
    public HttpResponse<byte[]> export(HttpRequest<?> request, @RequestBean AuditQueries.Filter filter,
                                       @Nullable @QueryValue String sort) {
        AuditExport.File file = export.export(filter, sort, Messages.localeOf(request));
        return Downloads.xlsx(file.bytes(), file.name());
    }

    @Operation(summary = "Re-hash the whole chain", description = "Answers valid=true with the number of entries, "
            + "or names the first entry whose hash or link does not match.")
    @Get("/verification")
    public AuditChain.Verification verify() {
        return queries.verify();
    }
}
