package gov.bureau.portal.engagement;

import gov.bureau.portal.common.Messages;
import jakarta.inject.Singleton;
import gov.bureau.portal.common.Spreadsheet;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The engagement list as an Excel workbook, in the caller's language. */
@Singleton
class EngagementExport {

    private static final List<String> COLUMNS = List.of("id", "title", "type", "commissioningUnit", "agency", "state", "fee",
            "fundsInvolved", "plannedStart", "plannedEnd", "deadline", "overdue", "supervisor", "selectionMethod", "createdAt");

    private final Messages messages;

    EngagementExport(Messages messages) {
        this.messages = messages;
    }

    byte[] workbook(List<EngagementViews.Row> rows, Locale locale) {
        List<String> headers = COLUMNS.stream().map(c -> messages.get(locale, "export.engagement." + c)).toList();
        return Spreadsheet.write(messages.get(locale, "export.engagement.sheet"), headers, sink -> rows.forEach(row -> sink.accept(
                Arrays.asList(row.id(), row.title(),
                        messages.get(locale, "engagement.type." + row.type().name()),
                        row.commissioningUnit(), row.agencyName(),
                        messages.get(locale, "engagement.state." + row.state().name()),
                        row.fee(), row.fundsInvolved(), row.plannedStart(), row.plannedEnd(), row.deadline(),
                        messages.get(locale, row.overdue() ? "export.yes" : "export.no"),
                        row.supervisorName(),
                        row.selectionMethod() == null ? null : messages.get(locale, "engagement.method." + row.selectionMethod()),
                        row.createdAt()))));
    }
}
