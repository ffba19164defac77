package gov.bureau.portal.acceptance;

import gov.bureau.portal.acceptance.Scoring.Score;
import gov.bureau.portal.common.FieldProblem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringTest {

    private final ScoringTemplateRules templates = new ScoringTemplateRules();
    private final ScoringTemplateRules.Template template = templates.defaults();
    private final GradeBandRules.Bands bands = new GradeBandRules().defaults();
    private final FeeRatioRules.Ratios ratios = new FeeRatioRules().defaults();

    private static List<Score> scores(String... points) {
        String[] ids = {"team-competence", "team-stability", "communication", "report-data", "conclusions"};
        List<Score> out = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            out.add(new Score(ids[i], new BigDecimal(points[i])));
        }
        return out;
    }

    @Test
    void theDefaultTemplateIsTheDomainsAndAddsUpToAHundred() {
        assertThat(template.items()).extracting(ScoringTemplateRules.Item::maxPoints)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(15), new BigDecimal(15), new BigDecimal(20), new BigDecimal(25), new BigDecimal(25));
        assertThat(templates.validate(template)).isEmpty();
    }

    @Test
    void theTotalGradeAndRatioFollowFromThePoints() {
        Scoring.Outcome excellent = Scoring.score(template, scores("15", "14", "18", "23", "22"), bands, ratios);
        assertThat(excellent.total()).isEqualByComparingTo("92");
        assertThat(excellent.grade()).isEqualTo(AcceptanceGrade.EXCELLENT);
        assertThat(excellent.feeRatio()).isEqualByComparingTo("1.00");

        Scoring.Outcome good = Scoring.score(template, scores("13.5", "13", "17", "20", "20"), bands, ratios);
        assertThat(good.total()).isEqualByComparingTo("83.5");
        assertThat(good.grade()).isEqualTo(AcceptanceGrade.GOOD);

        Scoring.Outcome fail = Scoring.score(template, scores("10", "10", "10", "15", "14.9"), bands, ratios);
        assertThat(fail.total()).isEqualByComparingTo("59.9");
        assertThat(fail.grade()).isEqualTo(AcceptanceGrade.FAIL);
        assertThat(fail.feeRatio()).isEqualByComparingTo("0");
    }

    @Test
    void pointsAboveAnItemsMaximumAreRefusedAtThatField() {
        List<FieldProblem> problems = Scoring.check(template, scores("16", "15", "20", "25", "25"));
        assertThat(problems).extracting(FieldProblem::field).containsExactly("scores[0].points");
        assertThat(problems.get(0).messageKey()).isEqualTo("validation.score-above-max");
        assertThat(problems.get(0).args()).containsExactly("15");
    }

    @Test
    void negativeFineGrainedUnknownDuplicateAndMissingScoresAreRefused() {
        List<Score> scores = new ArrayList<>(scores("-1", "14.25", "20", "25"));
        scores.add(new Score("no-such-item", BigDecimal.ONE));
        scores.add(new Score("communication", BigDecimal.ONE));
        scores.add(new Score("report-data", null));
        List<FieldProblem> problems = Scoring.check(template, scores);
        assertThat(problems).extracting(FieldProblem::field).containsExactly(
                "scores[0].points", "scores[1].points", "scores[4].itemId", "scores[5].itemId", "scores[6].itemId", "scores[6].points", "scores");
        assertThat(problems.get(problems.size() - 1).args()).containsExactly("结论清晰、建议可操作");
    }

    @Test
    void templatesWithBadItemsOrAnotherTotalAreRefused() {
        List<ScoringTemplateRules.Item> items = new ArrayList<>(template.items());
        items.set(1, new ScoringTemplateRules.Item("team-competence", ScoringTemplateRules.Stage.BEFORE, "", null, BigDecimal.TEN, null));
        assertThat(templates.validate(new ScoringTemplateRules.Template(items))).extracting(FieldProblem::field)
                .containsExactly("content.items[1].id", "content.items[1].name");
        List<ScoringTemplateRules.Item> short_ = new ArrayList<>(template.items());
        short_.remove(0);
        List<FieldProblem> total = templates.validate(new ScoringTemplateRules.Template(short_));
        assertThat(total).extracting(FieldProblem::messageKey).containsExactly("validation.template-total");
        assertThat(total.get(0).args()).containsExactly("85");
    }
}
