package gov.bureau.portal.engagement;

import gov.bureau.portal.common.Messages;
import jakarta.inject.Singleton;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The engagement list as an Excel workbook, in the caller's language. */
@Singleton
class EngagementExport {

    private static final String[] COLUMNS = {"id", "title", "type", "commissioningUnit", "agency", "state", "fee",
            "fundsInvolved", "plannedStart", "plannedEnd", "deadline", "overdue", "supervisor", "selectionMethod", "createdAt"};

    private final Messages messages;

    EngagementExport(Messages messages) {
        this.messages = messages;
    }

    byte[] workbook(List<EngagementViews.Row> rows, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "portal", "1.0");
            Worksheet ws = wb.newWorksheet(messages.get(locale, "export.engagement.sheet"));
            for (int c = 0; c < COLUMNS.length; c++) {
                ws.value(0, c, messages.get(locale, "export.engagement." + COLUMNS[c]));
                ws.style(0, c).bold().fillColor("DDE4EE").set();
            }
            int r = 1;
            for (EngagementViews.Row row : rows) {
                ws.value(r, 0, row.id());
                ws.value(r, 1, row.title());
                ws.value(r, 2, messages.get(locale, "engagement.type." + row.type().name()));
                ws.value(r, 3, row.commissioningUnit());
                ws.value(r, 4, row.agencyName());
                ws.value(r, 5, messages.get(locale, "engagement.state." + row.state().name()));
                ws.value(r, 6, row.fee());
                ws.style(r, 6).format("#,##0.00").set();
                ws.value(r, 7, row.fundsInvolved());
                ws.style(r, 7).format("#,##0.00").set();
                ws.value(r, 8, row.plannedStart());
                ws.style(r, 8).format("yyyy-mm-dd").set();
                ws.value(r, 9, row.plannedEnd());
                ws.style(r, 9).format("yyyy-mm-dd").set();
                if (row.deadline() != null) {
                    ws.value(r, 10, row.deadline());
                    ws.style(r, 10).format("yyyy-mm-dd").set();
                }
                ws.value(r, 11, messages.get(locale, row.overdue() ? "export.yes" : "export.no"));
                ws.value(r, 12, row.supervisorName());
                ws.value(r, 13, row.selectionMethod() == null ? null : messages.get(locale, "engagement.method." + row.selectionMethod()));
                ws.value(r, 14, row.createdAt().toLocalDateTime());
                ws.style(r, 14).format("yyyy-mm-dd hh:mm").set();
                r++;
            }
            ws.width(1, 40);
            ws.width(3, 24);
            ws.width(4, 24);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
