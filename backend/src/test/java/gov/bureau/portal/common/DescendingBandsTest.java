package gov.bureau.portal.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The one banding rule behind the acceptance grades and the result conclusions. */
class DescendingBandsTest {

    private static final List<String> BANDS = List.of("high", "middle", "low");

    @Test
    void theFirstBoundAScoreReachesNamesItsBand() {
        BigDecimal[] bounds = {new BigDecimal("90"), new BigDecimal("60")};
        assertThat(DescendingBands.bandOf(new BigDecimal("90"), BANDS, bounds)).isEqualTo("high");
        assertThat(DescendingBands.bandOf(new BigDecimal("89.99"), BANDS, bounds)).isEqualTo("middle");
        assertThat(DescendingBands.bandOf(new BigDecimal("60"), BANDS, bounds)).isEqualTo("middle");
        assertThat(DescendingBands.bandOf(new BigDecimal("59.99"), BANDS, bounds)).isEqualTo("low");
    }

    @Test
    void boundsLieWithinZeroAndHundredAndThenMustStrictlyDescend() {
        assertThat(DescendingBands.validate(bounds("90", "60"), "b", "order")).isEmpty();
        assertThat(DescendingBands.validate(bounds("60", "60"), "b", "order"))
                .extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(org.assertj.core.groups.Tuple.tuple("b", "order"));
        assertThat(DescendingBands.validate(bounds("0", "101"), "b", "order")).extracting(FieldProblem::field).containsExactly("a", "b");
        Map<String, BigDecimal> missing = new LinkedHashMap<>();
        missing.put("a", null);
        missing.put("b", BigDecimal.TEN);
        assertThat(DescendingBands.validate(missing, "b", "order")).extracting(FieldProblem::field).containsExactly("a");
    }

    private static Map<String, BigDecimal> bounds(String a, String b) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("a", new BigDecimal(a));
        m.put("b", new BigDecimal(b));
        return m;
    }
}
