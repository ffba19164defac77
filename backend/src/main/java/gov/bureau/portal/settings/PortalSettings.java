package gov.bureau.portal.settings;

import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The portal's own settings an ADMIN keeps (issue 11): its title in Chinese and English, naming the bureau
 * that runs it. A blank title removes the setting, and the built-in title is shown again.
 */
@Singleton
public class PortalSettings {

    static final String TITLE_ZH = "portal.title.zh-CN";
    static final String TITLE_EN = "portal.title.en";
    static final String ENTITY = "PortalSettings";

    private final PortalSettingRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    PortalSettings(PortalSettingRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** The titles set, each null when the built-in one applies. */
    public record Titles(@Nullable String zh, @Nullable String en) {
    }

    public Titles titles() {
        return new Titles(value(TITLE_ZH).orElse(null), value(TITLE_EN).orElse(null));
    }

    @Transactional
    public Titles setTitles(Actor actor, @Nullable String zh, @Nullable String en) {
        Titles before = titles();
        Titles after = new Titles(clean(zh), clean(en));
        Changes changes = Changes.create()
                .diff("titleZh", orEmpty(before.zh()), orEmpty(after.zh()))
                .diff("titleEn", orEmpty(before.en()), orEmpty(after.en()));
        if (changes.isEmpty()) {
            return before;
        }
        Instant now = Instant.now(clock);
        store(actor, TITLE_ZH, after.zh(), now);
        store(actor, TITLE_EN, after.en(), now);
        audit.record(actor, "PORTAL_SETTINGS_CHANGED", ENTITY, null, changes.toMap());
        return after;
    }

    private void store(Actor actor, String key, @Nullable String value, Instant now) {
        if (value == null) {
            repository.deleteById(key);
        } else {
            repository.put(key, value, actor.username(), now);
        }
    }

    private Optional<String> value(String key) {
        return repository.findById(key).map(PortalSetting::settingValue);
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static String clean(@Nullable String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }
}
