package gov.bureau.portal.integrity;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.JsonText;
import gov.bureau.portal.engagement.EngagementCommands;
import gov.bureau.portal.engagement.EngagementState;
import gov.bureau.portal.engagement.TeamCheck;
import gov.bureau.portal.rules.RuleBook;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A lead evaluator leads at most N engagements in progress across all agencies (DOMAIN.md §12, rule
 * table {@link LeadEvaluatorRules}). A person is known by ID number, whichever agency lists them; an
 * engagement counts while it is in progress and a submitted or approved plan names them as LEAD.
 */
@Singleton
class LeadEvaluatorCheck implements TeamCheck {

    private final JdbcOperations jdbc;
    private final JsonText json;
    private final RuleBook rules;
    private final LeadEvaluatorRules definition;

    LeadEvaluatorCheck(JdbcOperations jdbc, JsonText json, RuleBook rules, LeadEvaluatorRules definition) {
        this.jdbc = jdbc;
        this.json = json;
        this.rules = rules;
        this.definition = definition;
    }

    @Override
    public List<FieldProblem> check(long engagementId, List<EngagementCommands.TeamMember> team) {
        Map<Integer, Long> leads = new HashMap<>();
        for (int i = 0; i < team.size(); i++) {
            if (team.get(i).role() == EngagementCommands.TeamRole.LEAD && team.get(i).personId() != null) {
                leads.put(i, team.get(i).personId());
            }
        }
        if (leads.isEmpty()) {
            return List.of();
        }
        Map<Long, String> idNumbers = idNumbers(leads.values());
        if (idNumbers.isEmpty()) {
            return List.of();
        }
        String states = Arrays.stream(EngagementState.values()).filter(EngagementState::inProgress).map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(","));
        // the LEAD persons of the plans in force of the other engagements in progress
        Map<Long, Set<Long>> leadEngagements = new HashMap<>();
        jdbc.prepareStatement("SELECT p.engagement_id, p.team FROM engagement_plan p JOIN engagement e ON e.id = p.engagement_id "
                + "WHERE e.state IN (" + states + ") AND e.id <> ? AND p.status IN ('SUBMITTED', 'APPROVED')", st -> {
            st.setLong(1, engagementId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long engagement = rs.getLong(1);
                    List<Map<String, Object>> members = json.read(rs.getString(2), Argument.listOf(Argument.mapOf(String.class, Object.class)));
                    for (Map<String, Object> m : members) {
                        if ("LEAD".equals(m.get("role")) && m.get("personId") instanceof Number n) {
                            leadEngagements.computeIfAbsent(n.longValue(), k -> new HashSet<>()).add(engagement);
                        }
                    }
                }
            }
            return null;
        });
        Map<Long, String> otherNumbers = idNumbers(leadEngagements.keySet());
        Map<String, Set<Long>> byNumber = new HashMap<>();
        leadEngagements.forEach((person, engagements) -> {
            String number = otherNumbers.get(person);
            if (number != null) {
                byNumber.computeIfAbsent(number, k -> new HashSet<>()).addAll(engagements);
            }
        });
        int max = rules.current(definition).content().maxLeadInProgress();
        List<FieldProblem> problems = new ArrayList<>();
        leads.forEach((index, person) -> {
            String number = idNumbers.get(person);
            int leading = number == null ? 0 : byNumber.getOrDefault(number, Set.of()).size();
            if (leading >= max) {
                problems.add(new FieldProblem("team[" + index + "].personId", "validation.lead-evaluator-limit", leading, max));
            }
        });
        problems.sort(java.util.Comparator.comparing(FieldProblem::field));
        return problems;
    }

    private Map<Long, String> idNumbers(Collection<Long> personIds) {
        Map<Long, String> numbers = new HashMap<>();
        if (personIds.isEmpty()) {
            return numbers;
        }
        List<Long> ids = List.copyOf(personIds);
        jdbc.prepareStatement("SELECT id, id_number FROM agency_person WHERE id_number IS NOT NULL AND id IN ("
                + ids.stream().map(i -> "?").collect(Collectors.joining(",")) + ")", st -> {
            for (int i = 0; i < ids.size(); i++) {
                st.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    numbers.put(rs.getLong(1), rs.getString(2).strip().toUpperCase(Locale.ROOT));
                }
            }
            return null;
        });
        return numbers;
    }
}
