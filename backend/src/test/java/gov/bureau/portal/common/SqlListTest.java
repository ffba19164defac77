package gov.bureau.portal.common;

import io.micronaut.data.model.Sort;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ORDER BY a list's sort makes: every column and the tie-breaker in the sort's direction. */
class SqlListTest {

    @Test
    void everyColumnOfTheSortAndTheTieBreakerTakeTheSortsDirection() {
        assertThat(SqlList.orderBy(Sort.Order.asc("a.status, a.name"), "a.id")).isEqualTo(" ORDER BY a.status ASC, a.name ASC, a.id ASC");
        assertThat(SqlList.orderBy(Sort.Order.desc("a.updated_at"), "a.id")).isEqualTo(" ORDER BY a.updated_at DESC, a.id DESC");
        assertThat(SqlList.orderBy(Sort.Order.desc("e.id"), "e.id")).isEqualTo(" ORDER BY e.id DESC");
    }

    @Test
    void anExpressionWithCommasStaysWhole() {
        assertThat(SqlList.orderBy(Sort.Order.desc("COALESCE(s.score, 80)"), "a.id"))
                .isEqualTo(" ORDER BY COALESCE(s.score, 80) DESC, a.id DESC");
        assertThat(SqlList.columns("IF(a.x, 1, 2), LEAST(a.y, GREATEST(a.z, 0)) , a.id"))
                .containsExactly("IF(a.x, 1, 2)", "LEAST(a.y, GREATEST(a.z, 0))", "a.id");
    }
}
