package gov.bureau.portal.support;

import gov.bureau.portal.agency.validation.Uscc;

import java.util.concurrent.atomic.AtomicLong;

/** Valid codes that no other test run has used: unified social credit codes for new agencies. */
public final class TestCodes {

    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime());

    private TestCodes() {
    }

    /** A valid USCC (GB 32100-2015), unique per call within a JVM and very likely across runs. */
    public static String uscc() {
        long n = Math.floorMod(COUNTER.incrementAndGet() * 2654435761L, 2_821_109_907_456L); // 36^8
        String body = Long.toString(n, 36).toUpperCase(java.util.Locale.ROOT);
        body = "0".repeat(8 - body.length()) + body;
        // the organisation code allows any capital letter; the USCC alphabet does not have I, O, S, V, Z
        StringBuilder safe = new StringBuilder();
        for (char c : body.toCharArray()) {
            safe.append(Uscc.ALPHABET.indexOf(c) >= 0 ? c : (char) ('0' + c % 10));
        }
        return compose(safe.toString());
    }

    private static String compose(String body) {
        String code = Uscc.compose("91", "320100", body);
        // the organisation check character may be one the USCC alphabet lacks only if it were a letter
        // other than X, which GB 11714 never produces
        return code;
    }
}
