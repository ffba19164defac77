package gov.bureau.portal.acceptance;

import gov.bureau.portal.common.FormRules;
import gov.bureau.portal.common.PublishedForm;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * The scoring form's rules for the browser (common.FormRulesController): the constraints of
 * {@link AcceptanceViews.Assess} and {@link Scoring}'s own, a points value needed and at most its item's
 * maximum (ItemMax: the browser fills in the maximum of the item it scores).
 */
@Singleton
final class AcceptanceForms implements PublishedForm {

    @Override
    public String name() {
        return "assessment";
    }

    @Override
    public Class<? extends Record> type() {
        return AcceptanceViews.Assess.class;
    }

    @Override
    public List<FormRules.Rule> extraRules() {
        return List.of(
                new FormRules.Rule("scores[].points", "NotNull", Map.of(), null),
                new FormRules.Rule("scores[].points", "ItemMax", Map.of(), Scoring.ABOVE_MAX));
    }
}
