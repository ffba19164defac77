package gov.bureau.portal.audit;

import gov.bureau.portal.common.JsonText;
import gov.bureau.portal.common.Messages;
import gov.bureau.portal.common.Spreadsheet;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The audit log as an Excel workbook in the reader's language: the list's filters and sort, names instead of codes. */
@Singleton
public class AuditExport {

    private static final List<String> COLUMNS = List.of("seq", "occurredAt", "actor", "action", "entityType", "entityId",
            "entityName", "changes", "reason", "hash");

    private final AuditQueries queries;
    private final Messages messages;
    private final JsonText json;

    public AuditExport(AuditQueries queries, Messages messages, JsonText json) {
        this.queries = queries;
        this.messages = messages;
        this.json = json;
    }

    public record File(String name, byte[] bytes) {
    }

    public File export(AuditQueries.Filter filter, String sort, Locale locale) {
        List<String> headers = COLUMNS.stream().map(c -> messages.get(locale, "audit.export.column." + c)).toList();
        List<List<?>> rows = queries.export(filter, sort, locale).stream().map(v -> Arrays.<Object>asList(
                v.seq(), v.occurredAt().toLocalDateTime(), v.actorName(), v.actionName(), v.entityTypeName(), v.entityId(),
                v.entityName(), changes(v.changes()), v.reason(), v.hash())).collect(Collectors.toList());
        byte[] bytes = Spreadsheet.write(messages.get(locale, "audit.export.sheet"), headers, rows);
        return new File(messages.get(locale, "audit.export.file") + ".xlsx", bytes);
    }

    /** One line per field: "field: before → after", or "field: value" for a value recorded as it is. */
    String changes(String changes) {
        if (changes == null || changes.isBlank()) {
            return "";
        }
        Map<String, Object> fields;
        try {
            fields = json.read(changes, Argument.mapOf(String.class, Object.class));
        } catch (RuntimeException notAnObject) {
            return changes;
        }
        return fields.entrySet().stream().map(e -> e.getKey() + ": " + (e.getValue() instanceof Map<?, ?> m && m.containsKey("from")
                ? m.get("from") + " → " + m.get("to") : String.valueOf(e.getValue()))).collect(Collectors.joining("\n"));
    }
}
