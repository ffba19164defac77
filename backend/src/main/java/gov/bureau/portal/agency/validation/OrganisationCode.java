package gov.bureau.portal.agency.validation;

/**
 * The organisation code of GB 11714-1997 (组织机构代码): eight digits or capital letters and a check
 * character, {@code 11 − (Σ value × weight mod 11)}, written {@code X} for 10 and {@code 0} for 11.
 * Letters count A = 10 … Z = 35.
 */
public final class OrganisationCode {

    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private OrganisationCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 9) {
            return false;
        }
        String body = code.substring(0, 8);
        for (int i = 0; i < 8; i++) {
            if (value(body.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(body) == code.charAt(8);
    }

    public static char checkCharacter(String body) {
        if (body.length() != 8) {
            throw new IllegalArgumentException("8 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int v = value(body.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a digit or capital letter: " + body.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
