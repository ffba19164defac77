package gov.bureau.portal.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key that sorts names as people read them: every run of digits is padded to the same width, so
 * that {@code agency2} comes before {@code agency10}. Pure.
 */
final class NaturalOrder {

    static final int WIDTH = 20;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private NaturalOrder() {
    }

    static String key(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = DIGITS.matcher(name);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String run = m.group().replaceFirst("^0+(?=\\d)", "");
            String padded = run.length() >= WIDTH ? run : "0".repeat(WIDTH - run.length()) + run;
            m.appendReplacement(out, padded);
        }
        m.appendTail(out);
        return out.length() > 255 ? out.substring(0, 255) : out.toString();
    }
}
