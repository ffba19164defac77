package gov.bureau.portal.results;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data a published summary must not carry (DOMAIN.md §9): resident ID numbers (18 characters,
 * or the old 15 digits) and phone numbers (mobile 1[3-9]xxxxxxxxx, landline with area code). Pure.
 */
public final class PersonalData {

    public enum Kind { ID_NUMBER, PHONE }

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])([1-9]\\d{16}[0-9Xx]|[1-9]\\d{14})(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(?:\\(0\\d{2,3}\\)|0\\d{2,3})[- ]?[2-9]\\d{6,7}(?!\\d)");

    private PersonalData() {
    }

    /** What kinds of personal data the text holds, in the order ID number, phone. */
    public static List<Kind> find(String text) {
        List<Kind> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher id = ID_NUMBER.matcher(text);
        if (id.find()) {
            found.add(Kind.ID_NUMBER);
        }
        if (MOBILE.matcher(text).find() || LANDLINE.matcher(text).find()) {
            found.add(Kind.PHONE);
        }
        return found;
    }
}
