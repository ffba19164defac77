package gov.bureau.portal.audit;

import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;

@Tag(name = "Audit log")
@Controller("/api/audit-log")
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditController {

    private final AuditQueries queries;

    public AuditController(AuditQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "Browse the audit log", description = "Filters: actor (user name), entityType, entityId, action, "
            + "from/to (dates, inclusive, in the bureau's time zone). Sort: seq (default, newest first), occurredAt, actor, action.")
    @Get
    public PageResponse<AuditView> list(@Nullable @QueryValue String actor,
                                        @Nullable @QueryValue String entityType,
                                        @Nullable @QueryValue String entityId,
                                        @Nullable @QueryValue String action,
                                        @Nullable @QueryValue LocalDate from,
                                        @Nullable @QueryValue LocalDate to,
                                        @RequestBean PageQuery page) {
        return queries.list(new AuditQueries.Filter(actor, entityType, entityId, action, from, to), page);
    }

    @Operation(summary = "Re-hash the whole chain", description = "Answers valid=true with the number of entries, "
            + "or names the first entry whose hash or link does not match.")
    @Get("/verification")
    public AuditChain.Verification verify() {
        return queries.verify();
    }
}
