package gov.bureau.portal.credit;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The credit rules the bureau edits (DOMAIN.md §6 "default"): event types, bands and base, the
 * objection window and the default blacklist period. Each is a versioned rule table; the checks
 * here are pure and tested directly.
 */
public final class CreditRuleTables {

    private CreditRuleTables() {
    }

    public static final String EVENT_TYPES = "credit.event-types";
    public static final String BANDS = "credit.bands";
    public static final String OBJECTION_WINDOW = "credit.objection-window";
    public static final String BLACKLIST_PERIOD = "credit.blacklist-period";

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");
    public static final int MAX_POINTS = 100;
    public static final int MAX_VALIDITY_MONTHS = 120;
    public static final int MAX_WINDOW_DAYS = 90;
    public static final int MAX_BLACKLIST_MONTHS = 120;

    /**
     * The agency's objection window (DOMAIN.md §6, default 10 days). An ADMIN's confirmation of a
     * proposal does not shorten it: the event counts from the window's end, unless the agency waived
     * the window or {@code confirmationInForceAtOnce} (default false; absent in versions published
     * before it existed) puts confirmed events in force on the day they are confirmed.
     */
    @Serdeable
    public record ObjectionWindow(int days, boolean confirmationInForceAtOnce) {
    }

    @Serdeable
    public record BlacklistPeriod(int months) {
    }

    @Singleton
    public static class EventTypeTable implements RuleDefinition<EventTypes> {
        @Override public String key() { return EVENT_TYPES; }
        @Override public Class<EventTypes> type() { return EventTypes.class; }
        @Override public EventTypes defaults() { return EventTypes.DEFAULT; }
        @Override public List<FieldProblem> validate(EventTypes content) { return validateEventTypes(content); }
    }

    @Singleton
    public static class BandsTable implements RuleDefinition<CreditBands> {
        @Override public String key() { return BANDS; }
        @Override public Class<CreditBands> type() { return CreditBands.class; }
        @Override public CreditBands defaults() { return CreditBands.DEFAULT; }
        @Override public List<FieldProblem> validate(CreditBands content) { return validateBands(content); }
    }

    @Singleton
    public static class ObjectionWindowTable implements RuleDefinition<ObjectionWindow> {
        @Override public String key() { return OBJECTION_WINDOW; }
        @Override public Class<ObjectionWindow> type() { return ObjectionWindow.class; }
        @Override public ObjectionWindow defaults() { return new ObjectionWindow(10, false); }
        @Override public List<FieldProblem> validate(ObjectionWindow content) {
            return inRange("content.days", content.days(), 1, MAX_WINDOW_DAYS);
        }
    }

    @Singleton
    public static class BlacklistPeriodTable implements RuleDefinition<BlacklistPeriod> {
        @Override public String key() { return BLACKLIST_PERIOD; }
        @Override public Class<BlacklistPeriod> type() { return BlacklistPeriod.class; }
        @Override public BlacklistPeriod defaults() { return new BlacklistPeriod(36); }
        @Override public List<FieldProblem> validate(BlacklistPeriod content) {
            return inRange("content.months", content.months(), 1, MAX_BLACKLIST_MONTHS);
        }
    }

    /**
     * Codes unique and well formed, names present, points and validity in range; the four
     * acceptance types stay (acceptance results need them) and are the only ones of source ACCEPTANCE.
     */
    public static List<FieldProblem> validateEventTypes(EventTypes content) {
        List<FieldProblem> problems = new ArrayList<>();
        if (content.types() == null || content.types().isEmpty()) {
            problems.add(new FieldProblem("content.types", "validation.required"));
            return problems;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < content.types().size(); i++) {
            EventTypes.EventType t = content.types().get(i);
            String at = "content.types[" + i + "].";
            if (t == null) {
                problems.add(new FieldProblem("content.types[" + i + "]", "validation.required"));
                continue;
            }
            if (t.code() == null || t.code().isBlank()) {
                problems.add(new FieldProblem(at + "code", "validation.required"));
            } else if (!CODE.matcher(t.code()).matches()) {
                problems.add(new FieldProblem(at + "code", "validation.credit-type-code"));
            } else if (!seen.add(t.code())) {
                problems.add(new FieldProblem(at + "code", "validation.credit-type-duplicate", t.code()));
            }
            problems.addAll(name(at + "nameZh", t.nameZh()));
            problems.addAll(name(at + "nameEn", t.nameEn()));
            problems.addAll(inRange(at + "points", t.points(), -MAX_POINTS, MAX_POINTS));
            problems.addAll(inRange(at + "validityMonths", t.validityMonths(), 1, MAX_VALIDITY_MONTHS));
            if (t.source() == null) {
                problems.add(new FieldProblem(at + "source", "validation.required"));
            } else if ((t.source() == EventSource.ACCEPTANCE) != t.systemOnly()) {
                problems.add(new FieldProblem(at + "source", "validation.credit-type-acceptance-source"));
            }
            if (t.systemOnly() && t.proposesBlacklist()) {
                problems.add(new FieldProblem(at + "proposesBlacklist", "validation.credit-type-acceptance-blacklist"));
            }
        }
        for (String code : EventTypes.ACCEPTANCE_CODES.stream().sorted().toList()) {
            if (!seen.contains(code)) {
                problems.add(new FieldProblem("content.types", "validation.credit-type-missing", code));
            }
        }
        return problems;
    }

    /** Base and thresholds within 0–100 and A above B above C. */
    public static List<FieldProblem> validateBands(CreditBands bands) {
        List<FieldProblem> problems = new ArrayList<>();
        problems.addAll(inRange("content.base", bands.base(), CreditRules.MIN_SCORE, CreditRules.MAX_SCORE));
        problems.addAll(inRange("content.minA", bands.minA(), 1, CreditRules.MAX_SCORE));
        problems.addAll(inRange("content.minB", bands.minB(), 1, CreditRules.MAX_SCORE));
        problems.addAll(inRange("content.minC", bands.minC(), 1, CreditRules.MAX_SCORE));
        if (problems.isEmpty()) {
            if (bands.minA() <= bands.minB()) {
                problems.add(new FieldProblem("content.minA", "validation.credit-band-order", "A", "B"));
            }
            if (bands.minB() <= bands.minC()) {
                problems.add(new FieldProblem("content.minB", "validation.credit-band-order", "B", "C"));
            }
        }
        return problems;
    }

    private static List<FieldProblem> name(String field, String value) {
        if (value == null || value.isBlank()) {
            return List.of(new FieldProblem(field, "validation.required"));
        }
        if (value.length() > 100) {
            return List.of(new FieldProblem(field, "validation.size-max", 100));
        }
        return List.of();
    }

    private static List<FieldProblem> inRange(String field, int value, int min, int max) {
        return value < min || value > max ? List.of(new FieldProblem(field, "validation.range", min, max)) : List.of();
    }
}
