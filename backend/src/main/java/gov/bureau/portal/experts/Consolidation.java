package gov.bureau.portal.experts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Collection;

/**
 * The panel's consolidated opinion (DOMAIN.md §10), pure: the verdict more than half of the sitting
 * members gave. Until a verdict has that majority and opinions are missing, there is none yet
 * ({@code verdict} null); when every member has spoken without a majority (PASS, REVISE, FAIL on a panel of
 * three), the panel asks for revision (REVISE): neither a pass nor a fail was carried.
 */
public final class Consolidation {

    public enum Verdict { PASS, REVISE, FAIL }

    @Serdeable
    public record Consolidated(@Nullable Verdict verdict, int pass, int revise, int fail, int given, int members,
                               boolean complete) {
    }

    private Consolidation() {
    }

    public static Consolidated of(Collection<Verdict> verdicts, int members) {
        int pass = 0;
        int revise = 0;
        int fail = 0;
        for (Verdict v : verdicts) {
            switch (v) {
                case PASS -> pass++;
                case REVISE -> revise++;
                case FAIL -> fail++;
            }
        }
        int given = pass + revise + fail;
        boolean complete = members > 0 && given >= members;
        Verdict verdict = null;
        if (2 * pass > members) {
            verdict = Verdict.PASS;
        } else if (2 * fail > members) {
            verdict = Verdict.FAIL;
        } else if (2 * revise > members) {
            verdict = Verdict.REVISE;
        } else if (complete) {
            verdict = Verdict.REVISE;
        }
        return new Consolidated(verdict, pass, revise, fail, given, members, complete);
    }
}
