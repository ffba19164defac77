package gov.bureau.portal.supervision;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The supervision rule tables the bureau edits (DOMAIN.md §11 "default"), with pure validations. */
public final class SupervisionRules {

    private SupervisionRules() {
    }

    public static final String SETTINGS = "supervision.settings";
    public static final String CHECKLIST = "supervision.checklist";

    /**
     * @param recheckShare share of the accepted engagements of a year a re-check samples (default 10 %)
     * @param recheckMinimum at least this many (default 3)
     * @param workpaperDays days the agency has to upload its working papers (default 10)
     * @param practiceShare share of the active pool a practice-quality inspection draws (default 20 %)
     * @param practiceMinimum at least this many agencies (default 1)
     * @param inspectorsPerItem inspectors drawn for each agency inspected (default 2)
     * @param repairEventMonths minimum disclosure of an event before its repair (default 3 months)
     * @param repairBlacklistMonths minimum disclosure of a blacklisting before its repair (default 12 months)
     * @param repeatOffenceMonths an agency repaired that offends again within this period cannot repair again (default 24)
     */
    @Serdeable
    public record Settings(BigDecimal recheckShare, int recheckMinimum, int workpaperDays, BigDecimal practiceShare,
                           int practiceMinimum, int inspectorsPerItem, int repairEventMonths, int repairBlacklistMonths,
                           int repeatOffenceMonths) {
    }

    /** One question of the re-review checklist. */
    @Serdeable
    public record CheckItem(String id, String nameZh, String nameEn) {
    }

    @Serdeable
    public record Checklist(List<CheckItem> items) {
    }

    public static final Settings DEFAULT_SETTINGS = new Settings(new BigDecimal("0.10"), 3, 10, new BigDecimal("0.20"),
            1, 2, 3, 12, 24);

    public static final Checklist DEFAULT_CHECKLIST = new Checklist(List.of(
            new CheckItem("REPORT_QUALITY", "报告质量", "Report quality"),
            new CheckItem("WORKPAPERS_COMPLETE", "工作底稿完整", "Working papers complete"),
            new CheckItem("EVIDENCE", "证据充分", "Evidence sufficient"),
            new CheckItem("INDICATOR_USE", "指标运用恰当", "Indicators used properly"),
            new CheckItem("CONCLUSIONS_SUPPORTED", "结论有依据", "Conclusions supported")));

    @Singleton
    public static class SettingsTable implements RuleDefinition<Settings> {
        @Override public String key() { return SETTINGS; }
        @Override public Class<Settings> type() { return Settings.class; }
        @Override public Settings defaults() { return DEFAULT_SETTINGS; }
        @Override public List<FieldProblem> validate(Settings s) { return validateSettings(s); }
    }

    @Singleton
    public static class ChecklistTable implements RuleDefinition<Checklist> {
        @Override public String key() { return CHECKLIST; }
        @Override public Class<Checklist> type() { return Checklist.class; }
        @Override public Checklist defaults() { return DEFAULT_CHECKLIST; }
        @Override public List<FieldProblem> validate(Checklist c) { return validateChecklist(c); }
    }

    public static List<FieldProblem> validateSettings(Settings s) {
        List<FieldProblem> p = new ArrayList<>();
        share(p, "content.recheckShare", s.recheckShare());
        share(p, "content.practiceShare", s.practiceShare());
        range(p, "content.recheckMinimum", s.recheckMinimum(), 0, 1000);
        range(p, "content.practiceMinimum", s.practiceMinimum(), 0, 1000);
        range(p, "content.workpaperDays", s.workpaperDays(), 1, 90);
        range(p, "content.inspectorsPerItem", s.inspectorsPerItem(), 1, 10);
        range(p, "content.repairEventMonths", s.repairEventMonths(), 1, 120);
        range(p, "content.repairBlacklistMonths", s.repairBlacklistMonths(), 1, 120);
        range(p, "content.repeatOffenceMonths", s.repeatOffenceMonths(), 0, 120);
        return p;
    }

    private static final Pattern ID = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");

    public static List<FieldProblem> validateChecklist(Checklist c) {
        List<FieldProblem> p = new ArrayList<>();
        if (c.items() == null || c.items().isEmpty()) {
            p.add(new FieldProblem("content.items", "validation.required"));
            return p;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.items().size(); i++) {
            CheckItem item = c.items().get(i);
            String at = "content.items[" + i + "].";
            if (item == null || item.id() == null || !ID.matcher(item.id()).matches()) {
                p.add(new FieldProblem(at + "id", "validation.supervision-check-id"));
                continue;
            }
            if (!seen.add(item.id())) {
                p.add(new FieldProblem(at + "id", "validation.supervision-check-duplicate", item.id()));
            }
            if (item.nameZh() == null || item.nameZh().isBlank() || item.nameZh().length() > 100) {
                p.add(new FieldProblem(at + "nameZh", "validation.required"));
            }
            if (item.nameEn() == null || item.nameEn().isBlank() || item.nameEn().length() > 100) {
                p.add(new FieldProblem(at + "nameEn", "validation.required"));
            }
        }
        return p;
    }

    static void share(List<FieldProblem> p, String field, BigDecimal share) {
        if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0 || share.scale() > 4) {
            p.add(new FieldProblem(field, "validation.supervision-share"));
        }
    }

    private static void range(List<FieldProblem> p, String field, int value, int min, int max) {
        if (value < min || value > max) {
            p.add(new FieldProblem(field, "validation.range", min, max));
        }
    }
}
