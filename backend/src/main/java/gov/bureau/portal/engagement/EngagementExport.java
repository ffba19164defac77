package gov.bureau.portal.engagement;

import gov.bureau.portal.common.Messages;
import gov.bureau.portal.common.Spreadsheet;
import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The engagement list as an Excel workbook, in the caller's language; rows go to the sheet as they are read. */
@Singleton
class EngagementExport {

    private static final List<String> COLUMNS = List.of("id", "title", "type", "commissioningUnit", "agency", "state", "fee",
            "fundsInvolved", "plannedStart", "plannedEnd", "deadline", "overdue", "supervisor", "selectionMethod", "createdAt");

    private final EngagementQueries queries;
    private final Messages messages;

    EngagementExport(EngagementQueries queries, Messages messages) {
        this.queries = queries;
        this.messages = messages;
    }

    byte[] workbook(Actor actor, EngagementQueries.Filter filter, @Nullable String sort, Locale locale) {
        List<String> headers = COLUMNS.stream().map(c -> messages.get(locale, "export.engagement." + c)).toList();
        return Spreadsheet.write(messages.get(locale, "export.engagement.sheet"), headers,
                sink -> queries.forEach(actor, filter, sort, row -> sink.accept(cells(row, locale))));
    }

    private List<?> cells(EngagementViews.Row row, Locale locale) {
        return Arrays.asList(row.id(), row.title(),
                messages.get(locale, "engagement.type." + row.type().name()),
                row.commissioningUnit(), row.agencyName(),
                messages.get(locale, "engagement.state." + row.state().name()),
                row.fee(), row.fundsInvolved(), row.plannedStart(), row.plannedEnd(), row.deadline(),
                messages.get(locale, row.overdue() ? "export.yes" : "export.no"),
                row.supervisorName(),
                row.selectionMethod() == null ? null : messages.get(locale, "engagement.method." + row.selectionMethod()),
                row.createdAt());
    }
}
