package gov.bureau.portal.acceptance;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.rules.RuleDefinition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The acceptance scoring template (验收考核评分表, DOMAIN.md §5): items with a maximum and a guidance
 * text, grouped by stage; the maxima add up to 100. Each published version is a template version;
 * an assessment keeps the version it was scored with.
 */
@Singleton
public class ScoringTemplateRules implements RuleDefinition<ScoringTemplateRules.Template> {

    public static final String KEY = "acceptance.scoring-template";

    public enum Stage { BEFORE, DURING, AFTER }

    /**
     * @param id stable code of the item, kept from version to version while its meaning stays
     * @param name the item's name in Chinese; {@code nameEn} in English
     */
    @Serdeable
    public record Item(String id, Stage stage, String name, @Nullable String nameEn, BigDecimal maxPoints,
                       @Nullable String guidance) {
    }

    @Serdeable
    public record Template(List<Item> items) {

        public BigDecimal maxTotal() {
            return items.stream().map(Item::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Class<Template> type() {
        return Template.class;
    }

    /** The default of DOMAIN.md §5, after a form that bureaus publish. */
    @Override
    public Template defaults() {
        return new Template(List.of(
                new Item("team-competence", Stage.BEFORE, "工作组专业能力", "Team competence", new BigDecimal("15"),
                        "工作组成员的专业背景、资格和经验是否与评价任务相适应"),
                new Item("team-stability", Stage.BEFORE, "人员稳定（无未经同意的人员变更）", "Team stability, no unapproved member changes",
                        new BigDecimal("15"), "工作组成员是否与工作方案一致，变更是否经委托方同意"),
                new Item("communication", Stage.DURING, "沟通配合", "Communication and cooperation", new BigDecimal("20"),
                        "是否及时沟通进展和问题，配合委托方和被评价单位的工作安排"),
                new Item("report-data", Stage.AFTER, "报告数据详实、符合实际", "Report data complete and true to fact",
                        new BigDecimal("25"), "报告数据是否来源可靠、详实完整，结论是否有充分依据"),
                new Item("conclusions", Stage.AFTER, "结论清晰、建议可操作", "Conclusions clear, recommendations actionable",
                        new BigDecimal("25"), "问题分析是否准确，建议是否具体可行")));
    }

    @Override
    public List<FieldProblem> validate(Template t) {
        List<FieldProblem> problems = new ArrayList<>();
        if (t.items() == null || t.items().isEmpty()) {
            problems.add(new FieldProblem("content.items", "validation.required"));
            return problems;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < t.items().size(); i++) {
            Item item = t.items().get(i);
            String at = "content.items[" + i + "]";
            if (item == null) {
                problems.add(new FieldProblem(at, "validation.required"));
                continue;
            }
            if (item.id() == null || !item.id().matches("[a-z0-9][a-z0-9-]{0,39}")) {
                problems.add(new FieldProblem(at + ".id", "validation.template-item-id"));
            } else if (!ids.add(item.id())) {
                problems.add(new FieldProblem(at + ".id", "validation.template-item-duplicate"));
            }
            if (item.stage() == null) {
                problems.add(new FieldProblem(at + ".stage", "validation.required"));
            }
            if (item.name() == null || item.name().isBlank()) {
                problems.add(new FieldProblem(at + ".name", "validation.required"));
            }
            if (item.maxPoints() == null || item.maxPoints().signum() <= 0 || item.maxPoints().stripTrailingZeros().scale() > 1) {
                problems.add(new FieldProblem(at + ".maxPoints", "validation.template-item-max"));
            }
        }
        if (problems.isEmpty() && t.maxTotal().compareTo(BigDecimal.valueOf(100)) != 0) {
            problems.add(new FieldProblem("content.items", "validation.template-total", t.maxTotal().toPlainString()));
        }
        return problems;
    }
}
