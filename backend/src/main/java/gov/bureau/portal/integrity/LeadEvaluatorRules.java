package gov.bureau.portal.integrity;

import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How many engagements in progress one lead evaluator may lead across all agencies (DOMAIN.md §12, **default** 2). */
@Singleton
public class LeadEvaluatorRules implements RuleDefinition<LeadEvaluatorRules.Settings> {

    public static final String KEY = "integrity.lead-evaluator";

    @Serdeable
    public record Settings(@Min(1) @Max(20) int maxLeadInProgress) {
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Class<Settings> type() {
        return Settings.class;
    }

    @Override
    public Settings defaults() {
        return new Settings(2);
    }
}
