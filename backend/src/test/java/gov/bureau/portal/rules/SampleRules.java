package gov.bureau.portal.rules;

import gov.bureau.portal.common.FieldProblem;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** A rule table that exists only in tests, to exercise the rule book without an area's tables. */
@Singleton
public class SampleRules implements RuleDefinition<SampleRules.Sample> {

    @Serdeable
    public record Sample(int threshold, List<String> names) {
    }

    @Override
    public String key() {
        return "test.sample";
    }

    @Override
    public Class<Sample> type() {
        return Sample.class;
    }

    @Override
    public Sample defaults() {
        return new Sample(60, List.of("a", "b"));
    }

    @Override
    public List<FieldProblem> validate(Sample content) {
        List<FieldProblem> problems = new ArrayList<>();
        if (content.threshold() < 0 || content.threshold() > 100) {
            problems.add(new FieldProblem("content.threshold", "validation.range", 0, 100));
        }
        if (content.names() == null || content.names().isEmpty()) {
            problems.add(new FieldProblem("content.names", "validation.required"));
        }
        return problems;
    }
}
