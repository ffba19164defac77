package gov.bureau.portal.credit;

import gov.bureau.portal.common.Messages;
import gov.bureau.portal.common.Spreadsheet;
import gov.bureau.portal.platform.BureauClock;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The ledger, the standings and the objections as Excel workbooks in the reader's language: the list's rows, streamed
 * from the query into the sheet one by one, at most {@link #LIMIT}.
 */
@Singleton
public class CreditExport {

    static final int LIMIT = 50_000;

    private static final List<String> COLUMNS = List.of("id", "agencyName", "uscc", "type", "typeName", "points", "source",
            "status", "proposedOn", "objectionDeadline", "effectiveOn", "expiresOn", "engagementId", "proposedBy", "objection",
            "evidence");

    private static final List<String> STANDING_COLUMNS = List.of("agencyName", "uscc", "agencyType", "agencyStatus", "score",
            "grade", "blacklisted", "blacklistedUntil");

    private static final List<String> OBJECTION_COLUMNS = List.of("id", "eventId", "agencyName", "uscc", "kind", "eventType",
            "eventPoints", "status", "reason", "submittedBy", "submittedAt", "decidedBy", "decidedAt", "decisionComment");

    private final LedgerQueries queries;
    private final CreditQueries standings;
    private final ObjectionQueries objections;
    private final Messages messages;
    private final BureauClock clock;

    CreditExport(LedgerQueries queries, CreditQueries standings, ObjectionQueries objections, Messages messages, BureauClock clock) {
        this.queries = queries;
        this.standings = standings;
        this.objections = objections;
        this.messages = messages;
        this.clock = clock;
    }

    public record File(String name, byte[] bytes) {
    }

    public File events(LedgerQueries.EventFilter filter, String sort, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        List<String> headers = COLUMNS.stream().map(k -> messages.get(locale, "credit.export." + k)).toList();
        byte[] bytes = Spreadsheet.write(messages.get(locale, "credit.export.sheet"), headers, sink ->
                queries.exportEvents(filter, sort, LIMIT, r -> sink.accept(Arrays.asList(
                        r.id(), r.agencyName(), r.uscc(), r.type(), english ? r.typeNameEn() : r.typeNameZh(), r.points(),
                        messages.get(locale, "credit.source." + r.source()), messages.get(locale, "credit.status." + r.status()),
                        r.proposedOn(), r.objectionDeadline(), r.effectiveOn(), r.expiresOn(), r.engagementId(), r.proposedBy(),
                        r.objectionStatus() == null ? null : messages.get(locale, "credit.objection." + r.objectionStatus()),
                        r.evidence()))));
        return new File(messages.get(locale, "credit.export.file") + "-" + clock.today() + ".xlsx", bytes);
    }

    public File standings(CreditQueries.StandingFilter filter, String sort, Locale locale) {
        List<String> headers = STANDING_COLUMNS.stream().map(k -> messages.get(locale, "credit.export.standings." + k)).toList();
        String yes = messages.get(locale, "credit.export.standings.yes");
        byte[] bytes = Spreadsheet.write(messages.get(locale, "credit.export.standings.sheet"), headers, sink ->
                standings.exportStandings(filter, sort, LIMIT, r -> sink.accept(Arrays.asList(
                        r.name(), r.uscc(), messages.get(locale, "agency.type." + r.agencyType()),
                        messages.get(locale, "agency.status." + r.status()), r.score(), r.grade(),
                        r.blacklisted() ? yes : null, r.blacklistedUntil()))));
        return new File(messages.get(locale, "credit.export.standings.file") + "-" + clock.today() + ".xlsx", bytes);
    }

    public File objections(ObjectionQueries.ObjectionFilter filter, String sort, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        List<String> headers = OBJECTION_COLUMNS.stream().map(k -> messages.get(locale, "credit.export.objections." + k)).toList();
        byte[] bytes = Spreadsheet.write(messages.get(locale, "credit.export.objections.sheet"), headers, sink ->
                objections.exportObjections(filter, sort, LIMIT, r -> sink.accept(Arrays.asList(
                        r.id(), r.eventId(), r.agencyName(), r.uscc(), messages.get(locale, "credit.export.objections.kind." + r.kind()),
                        english ? r.eventTypeNameEn() : r.eventTypeNameZh(), r.eventPoints(),
                        messages.get(locale, "credit.objection." + r.status()), r.reason(), r.submittedBy(), r.submittedAt(),
                        r.decidedBy(), r.decidedAt(), r.decisionComment()))));
        return new File(messages.get(locale, "credit.export.objections.file") + "-" + clock.today() + ".xlsx", bytes);
    }
}
