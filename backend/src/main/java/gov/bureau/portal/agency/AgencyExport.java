package gov.bureau.portal.agency;

import gov.bureau.portal.common.Messages;
import jakarta.inject.Singleton;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The staff list as an Excel workbook, in the reader's language. */
@Singleton
public class AgencyExport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> COLUMNS = List.of("name", "uscc", "agencyType", "status", "changeState", "creditGrade",
            "creditScore", "blacklisted", "contactName", "registeredAt", "submittedAt", "confirmationOverdue",
            "expiringCertificates", "expiredCertificates");

    private final AgencyQueries queries;
    private final Messages messages;

    public AgencyExport(AgencyQueries queries, Messages messages) {
        this.queries = queries;
        this.messages = messages;
    }

    public record File(String name, byte[] bytes) {
    }

    public File export(AgencyQueries.Filter filter, String sort, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "portal", "1.0");
            Worksheet ws = wb.newWorksheet(messages.get(locale, "agency.export.sheet"));
            for (int c = 0; c < COLUMNS.size(); c++) {
                ws.value(0, c, messages.get(locale, "agency.export.column." + COLUMNS.get(c)));
                ws.style(0, c).bold().set();
            }
            ws.width(0, 36);
            ws.width(1, 22);
            ws.freezePane(0, 1);
            int[] row = {1};
            String yes = messages.get(locale, "agency.export.yes");
            String no = messages.get(locale, "agency.export.no");
            queries.export(filter, sort, r -> {
                int i = row[0]++;
                ws.value(i, 0, r.name());
                ws.value(i, 1, r.uscc());
                ws.value(i, 2, messages.get(locale, "agency.type." + r.agencyType()));
                ws.value(i, 3, messages.get(locale, "agency.status." + r.status()));
                ws.value(i, 4, r.changeState() == null ? "" : messages.get(locale, "agency.change." + r.changeState()));
                ws.value(i, 5, r.creditGrade());
                if (r.creditScore() != null) {
                    ws.value(i, 6, r.creditScore());
                }
                ws.value(i, 7, r.blacklisted() ? yes : no);
                ws.value(i, 8, r.contactName());
                ws.value(i, 9, r.registeredAt().toLocalDateTime());
                ws.style(i, 9).format("yyyy-mm-dd hh:mm").set();
                if (r.submittedAt() != null) {
                    ws.value(i, 10, r.submittedAt().toLocalDateTime());
                    ws.style(i, 10).format("yyyy-mm-dd hh:mm").set();
                }
                ws.value(i, 11, r.confirmationOverdue() ? yes : no);
                ws.value(i, 12, r.expiringCertificates());
                ws.value(i, 13, r.expiredCertificates());
            });
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new File(messages.get(locale, "agency.export.file") + ".xlsx", out.toByteArray());
    }
}
