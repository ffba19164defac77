package gov.bureau.portal.results;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure rules of the results area: bands, suggested actions, the rectification terms, personal data. */
class ResultRulesTest {

    private final ResultBandRules.Bands bands = new ResultBandRules().defaults();
    private final ApplicationRules.Table table = new ApplicationRules().defaults();

    @ParameterizedTest
    @CsvSource({"100, EXCELLENT", "90, EXCELLENT", "90.00, EXCELLENT", "89.99, GOOD", "80, GOOD", "79.99, MEDIUM", "60, MEDIUM",
            "59.99, POOR", "0, POOR"})
    void theDefaultBandsAre90_80_60(String score, Conclusion expected) {
        assertThat(bands.conclusionOf(new BigDecimal(score))).isEqualTo(expected);
    }

    @Test
    void bandsMustDescendAndLieWithin0And100() {
        ResultBandRules rules = new ResultBandRules();
        assertThat(rules.validate(rules.defaults())).isEmpty();
        assertThat(rules.validate(new ResultBandRules.Bands(new BigDecimal("80"), new BigDecimal("90"), new BigDecimal("60"))))
                .extracting(p -> p.messageKey()).containsExactly("validation.result-bands-order");
        assertThat(rules.validate(new ResultBandRules.Bands(new BigDecimal("101"), new BigDecimal("80"), null)))
                .extracting(p -> p.field()).containsExactly("content.excellentFrom", "content.mediumFrom");
    }

    @Test
    void eachConclusionSuggestsItsActionAndRange() {
        BigDecimal funds = new BigDecimal("1200000.00");
        assertThat(table.suggest(Conclusion.EXCELLENT, funds)).isEqualTo(new ApplicationRules.Suggestion(BudgetAction.COMMEND_PRIORITY, null, null));
        assertThat(table.suggest(Conclusion.GOOD, funds)).isEqualTo(new ApplicationRules.Suggestion(BudgetAction.RECTIFY, null, null));
        assertThat(table.suggest(Conclusion.MEDIUM, funds)).isEqualTo(
                new ApplicationRules.Suggestion(BudgetAction.REDUCE, new BigDecimal("360000.00"), new BigDecimal("600000.00")));
        assertThat(table.suggest(Conclusion.POOR, funds)).isEqualTo(
                new ApplicationRules.Suggestion(BudgetAction.CANCEL, new BigDecimal("1200000.00"), new BigDecimal("1200000.00")));
    }

    @Test
    void rangesAreRoundedHalfUpToFenAndNeedFunds() {
        ApplicationRules.Suggestion s = table.suggest(Conclusion.MEDIUM, new BigDecimal("0.05"));
        assertThat(s.min()).isEqualByComparingTo("0.02"); // 0.015 → 0.02
        assertThat(s.max()).isEqualByComparingTo("0.03"); // 0.025 → 0.03
        assertThat(s.min().scale()).isEqualTo(2);
        assertThat(table.suggest(Conclusion.MEDIUM, null)).isEqualTo(new ApplicationRules.Suggestion(BudgetAction.REDUCE, null, null));
    }

    @Test
    void theApplicationTableNeedsEveryConclusionOnceAndSharesInOrder() {
        ApplicationRules rules = new ApplicationRules();
        assertThat(rules.validate(rules.defaults())).isEmpty();
        assertThat(rules.validate(new ApplicationRules.Table(List.of(
                new ApplicationRules.Entry(Conclusion.EXCELLENT, BudgetAction.COMMEND_PRIORITY, null, null),
                new ApplicationRules.Entry(Conclusion.EXCELLENT, BudgetAction.RECTIFY, null, null),
                new ApplicationRules.Entry(Conclusion.MEDIUM, BudgetAction.REDUCE, new BigDecimal("0.6"), new BigDecimal("0.5")),
                new ApplicationRules.Entry(Conclusion.POOR, BudgetAction.CANCEL, BigDecimal.ONE, null)))))
                .extracting(p -> p.messageKey()).containsExactly("validation.result-application-duplicate",
                        "validation.result-application-share", "validation.required", "validation.result-application-every-conclusion");
    }

    @Test
    void rectificationDeadlineIs60DaysAndOverdueMeansPastItAndNotAccepted() {
        RectificationRules.Terms terms = new RectificationRules().defaults();
        assertThat(terms.deadlineFrom(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(terms.maxExtensionDays()).isEqualTo(30);
        LocalDate today = LocalDate.of(2026, 5, 10);
        assertThat(RectificationRules.overdue("OPEN", today.minusDays(1), today)).isTrue();
        assertThat(RectificationRules.overdue("ANSWERED", today.minusDays(1), today)).isTrue();
        assertThat(RectificationRules.overdue("RETURNED", today.minusDays(1), today)).isTrue();
        assertThat(RectificationRules.overdue("ACCEPTED", today.minusDays(1), today)).isFalse();
        assertThat(RectificationRules.overdue("OPEN", today, today)).isFalse();
        assertThat(new RectificationRules().validate(new RectificationRules.Terms(0, -1))).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "联系人张三，身份证号 110101199003077777|ID_NUMBER",
            "身份证 11010119900307777X。|ID_NUMBER",
            "旧身份证 110101900307777 号|ID_NUMBER",
            "请致电 13812345678 咨询|PHONE",
            "手机 138-1234-5678|PHONE",
            "电话 +86 13812345678|PHONE",
            "联系电话 010-66881234|PHONE",
            "电话 (0571)87654321|PHONE"})
    void personalDataIsFound(String text, PersonalData.Kind kind) {
        assertThat(PersonalData.find(text)).containsExactly(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "项目资金 1200000.00 元，得分 75 分，结论为中。",
            "2026 年度，共抽查 30 个项目，覆盖资金 60%。",
            "统一社会信用代码 91110000MA01ABCD2X"})
    void ordinaryFiguresAreNotPersonalData(String text) {
        assertThat(PersonalData.find(text)).isEmpty();
    }
}
