package gov.bureau.portal.experts;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The experts' review checklist per document kind (DOMAIN.md §10), versioned, edited by ADMIN through
 * {@code /api/rules/experts.checklist}. A panel keeps the version it was drawn under.
 */
@Singleton
public class ChecklistRules implements RuleDefinition<ChecklistRules.Checklist> {

    public static final String KEY = "experts.checklist";

    @Serdeable
    public record Item(String id, String name, int maxPoints) {
    }

    @Serdeable
    public record Checklist(List<Item> plan, List<Item> report) {

        public List<Item> forPurpose(String purpose) {
            return "PLAN".equals(purpose) ? plan : report;
        }
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Class<Checklist> type() {
        return Checklist.class;
    }

    @Override
    public Checklist defaults() {
        return new Checklist(
                List.of(new Item("P1", "评价思路与方法恰当", 25), new Item("P2", "指标体系完整、权重合理", 30),
                        new Item("P3", "抽样覆盖面充分", 20), new Item("P4", "工作组与进度安排可行", 25)),
                List.of(new Item("R1", "数据详实、符合实际", 30), new Item("R2", "评价结论清晰有据", 30),
                        new Item("R3", "问题与建议可操作", 25), new Item("R4", "格式规范、表述准确", 15)));
    }

    @Override
    public List<FieldProblem> validate(Checklist c) {
        List<FieldProblem> problems = new ArrayList<>();
        items(problems, "plan", c.plan());
        items(problems, "report", c.report());
        return problems;
    }

    private static void items(List<FieldProblem> problems, String field, List<Item> items) {
        if (items == null || items.isEmpty() || items.size() > 30) {
            problems.add(new FieldProblem("content." + field, "validation.range", 1, 30));
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String at = "content." + field + "[" + i + "]";
            if (item.id() == null || item.id().isBlank() || item.id().length() > 20 || !ids.add(item.id())) {
                problems.add(new FieldProblem(at + ".id", "validation.checklist-item-id"));
            }
            if (item.name() == null || item.name().isBlank() || item.name().length() > 200) {
                problems.add(new FieldProblem(at + ".name", "validation.required"));
            }
            if (item.maxPoints() < 1 || item.maxPoints() > 100) {
                problems.add(new FieldProblem(at + ".maxPoints", "validation.range", 1, 100));
            }
        }
    }
}
