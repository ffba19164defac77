package gov.bureau.portal.agency;

import gov.bureau.portal.common.Messages;
import jakarta.inject.Singleton;
import gov.bureau.portal.common.Spreadsheet;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The staff list as an Excel workbook, in the reader's language. */
@Singleton
public class AgencyExport {

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
        String yes = messages.get(locale, "agency.export.yes");
        String no = messages.get(locale, "agency.export.no");
        List<String> headers = COLUMNS.stream().map(c -> messages.get(locale, "agency.export.column." + c)).toList();
        byte[] bytes = Spreadsheet.write(messages.get(locale, "agency.export.sheet"), headers, sink -> queries.export(filter, sort,
                r -> sink.accept(Arrays.asList(
                        r.name(), r.uscc(),
                        messages.get(locale, "agency.type." + r.agencyType()),
                        messages.get(locale, "agency.status." + r.status()),
                        r.changeState() == null ? "" : messages.get(locale, "agency.change." + r.changeState()),
                        r.creditGrade(), r.creditScore(), r.blacklisted() ? yes : no, r.contactName(),
                        r.registeredAt(), r.submittedAt(), r.confirmationOverdue() ? yes : no,
                        r.expiringCertificates(), r.expiredCertificates()))));
        return new File(messages.get(locale, "agency.export.file") + ".xlsx", bytes);
    }
}
