package gov.bureau.portal.engagement;

import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Gathers what {@link HistoryConflicts} decides on for one engagement, under the rule table in force. */
@Singleton
class HistoryConflictCheck {

    private final RuleBook rules;
    private final HistoryConflictRules definition;
    private final SelectionFacts facts;
    private final EvaluatedUnitRepository units;
    private final BureauClock clock;

    HistoryConflictCheck(RuleBook rules, HistoryConflictRules definition, SelectionFacts facts, EvaluatedUnitRepository units,
                         BureauClock clock) {
        this.rules = rules;
        this.definition = definition;
        this.facts = facts;
        this.units = units;
        this.clock = clock;
    }

    /** The agencies excluded from the engagement by their history, each with its reason. */
    Map<Long, Eligibility.Exclusion> conflicts(Engagement e) {
        HistoryConflictRules.Options options = rules.current(definition).content();
        List<EvaluatedUnit> evaluated = units.findByEngagementIdOrderByPosition(e.getId());
        List<String> projects = new ArrayList<>();
        projects.add(e.getTitle());
        evaluated.stream().map(EvaluatedUnit::projectName).forEach(projects::add);
        int year = clock.today().getYear();
        HistoryConflicts.Subject subject = new HistoryConflicts.Subject(projects, evaluated.stream().map(EvaluatedUnit::unitName).toList(),
                e.getCommissioningUnit(), year);
        int since = options.clientYears() > 0 ? year - options.clientYears() : Integer.MAX_VALUE;
        return HistoryConflicts.find(facts.pastWork(e.getId(), options.priorWorkTypes(), since), subject, options);
    }
}
