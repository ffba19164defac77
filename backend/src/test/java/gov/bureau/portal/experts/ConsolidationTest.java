package gov.bureau.portal.experts;

import gov.bureau.portal.experts.Consolidation.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static gov.bureau.portal.experts.Consolidation.Verdict.FAIL;
import static gov.bureau.portal.experts.Consolidation.Verdict.PASS;
import static gov.bureau.portal.experts.Consolidation.Verdict.REVISE;
import static org.assertj.core.api.Assertions.assertThat;

class ConsolidationTest {

    private static Verdict of(int members, Verdict... given) {
        return Consolidation.of(List.of(given), members).verdict();
    }

    @Test
    void theMajorityOfTheSittingMembersDecides() {
        assertThat(of(3, PASS, PASS)).isEqualTo(PASS);
        assertThat(of(3, FAIL, FAIL, PASS)).isEqualTo(FAIL);
        assertThat(of(3, REVISE, REVISE)).isEqualTo(REVISE);
        assertThat(of(1, FAIL)).isEqualTo(FAIL);
        assertThat(of(5, FAIL, FAIL, FAIL)).isEqualTo(FAIL);
    }

    @Test
    void noVerdictUntilAMajorityOrEveryone() {
        assertThat(of(3)).isNull();
        assertThat(of(3, PASS)).isNull();
        assertThat(of(3, PASS, FAIL)).isNull();
        assertThat(of(5, FAIL, FAIL)).isNull();
    }

    @Test
    void aSplitPanelAsksForRevision() {
        assertThat(of(3, PASS, REVISE, FAIL)).isEqualTo(REVISE);
        var c = Consolidation.of(List.of(PASS, REVISE, FAIL), 3);
        assertThat(c.complete()).isTrue();
        assertThat(c.pass() + c.revise() + c.fail()).isEqualTo(3);
    }
}
