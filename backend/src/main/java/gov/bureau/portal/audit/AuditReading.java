package gov.bureau.portal.audit;

import gov.bureau.portal.common.Messages;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Puts audit entries into the reader's words: the action's and the entity type's names in the
 * reader's language (i18n/audit*.properties, the code itself when a name is missing) and the
 * object's name from the area that owns it ({@link AuditNames}).
 */
@Singleton
public class AuditReading {

    private final Messages messages;
    private final Map<String, AuditNames> namers = new HashMap<>();

    public AuditReading(Messages messages, List<AuditNames> namers) {
        this.messages = messages;
        for (AuditNames n : namers) {
            this.namers.put(n.entityType(), n);
        }
    }

    public String actionName(Locale locale, String action) {
        String key = "audit.action." + action;
        return messages.has(key) ? messages.get(locale, key) : action;
    }

    public String entityTypeName(Locale locale, String entityType) {
        String key = "audit.entity." + entityType;
        return messages.has(key) ? messages.get(locale, key) : entityType;
    }

    /** entity type → (id → name) for the entries given, one query per entity type. */
    public Map<String, Map<String, String>> names(Collection<AuditEntry> entries) {
        Map<String, Set<String>> wanted = new HashMap<>();
        for (AuditEntry e : entries) {
            if (e.entityId() != null && namers.containsKey(e.entityType())) {
                wanted.computeIfAbsent(e.entityType(), k -> new LinkedHashSet<>()).add(e.entityId());
            }
        }
        Map<String, Map<String, String>> out = new HashMap<>();
        wanted.forEach((type, ids) -> out.put(type, namers.get(type).names(new ArrayList<>(ids))));
        return out;
    }

    public AuditView view(AuditEntry e, Locale locale, Map<String, Map<String, String>> names, java.time.ZoneId zone) {
        String entityName = e.entityId() == null ? null : names.getOrDefault(e.entityType(), Map.of()).get(e.entityId());
        return AuditView.of(e, zone, actionName(locale, e.action()), entityTypeName(locale, e.entityType()), entityName);
    }
}
