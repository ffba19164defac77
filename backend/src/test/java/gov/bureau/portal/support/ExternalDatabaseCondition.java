package gov.bureau.portal.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the {@code external-database} run (system property {@code portal.test.external.server}), skips
 * the database tests with a clear reason when no server answers there; everywhere else it changes
 * nothing.
 */
public class ExternalDatabaseCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return TestDatabase.externalServerProblem()
                .map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("database available"));
    }
}
