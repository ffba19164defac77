package gov.bureau.portal.agency.validation;

import java.util.regex.Pattern;

/**
 * Telephone numbers as people write them in mainland China: mobile numbers (11 digits from 13x to
 * 19x, optionally with +86) and fixed lines with an area code (010-12345678, 0755 1234 5678,
 * an extension after a dash), or 400/800 service numbers.
 */
public final class Phones {

    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
    private static final Pattern FIXED = Pattern.compile("^0\\d{2,3}-?[1-9]\\d{6,7}(-\\d{1,6})?$");
    private static final Pattern SERVICE = Pattern.compile("^[48]00-?\\d{3}-?\\d{4}$");

    private Phones() {
    }

    /** Removes spaces and a +86 / 0086 country prefix of a mobile number. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim().replaceAll("[\\s\u3000]+", "");
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
        }
        if (s.startsWith("-")) {
            s = s.substring(1);
        }
        return s;
    }

    public static boolean isMobile(String normalised) {
        return normalised != null && MOBILE.matcher(normalised).matches();
    }

    /** A mobile, fixed-line or service number. */
    public static boolean isPhone(String normalised) {
        return normalised != null && (isMobile(normalised) || FIXED.matcher(normalised).matches()
                || SERVICE.matcher(normalised).matches());
    }

    /** 138****5678: phones never appear whole outside the agency and the bureau. */
    public static String mask(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
