package gov.bureau.portal.engagement;

import gov.bureau.portal.common.PublishedForm;
import jakarta.inject.Singleton;

/** The engagement form's rules for the browser (common.FormRulesController). */
@Singleton
final class EngagementForms implements PublishedForm {

    @Override
    public String name() {
        return "engagement";
    }

    @Override
    public Class<? extends Record> type() {
        return EngagementCommands.EngagementForm.class;
    }
}
