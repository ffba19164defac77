package gov.bureau.portal.agency.validation;

import java.util.Optional;
import java.util.Set;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters, namely the
 * registration authority (1), the entity kind (1), the administrative division (6 digits), the
 * organisation code of GB 11714 (8 characters and its own check character) and a check character
 * over the first 17. The alphabet is the digits and the capital letters without I, O, S, V, Z.
 */
public final class Uscc {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** 登记管理部门代码: 机构编制, 外交, 司法行政, 文化, 民政, 旅游, 宗教, 工会, 市场监管, 中央军委, 农业, 其他. */
    private static final Set<Character> AUTHORITIES = Set.of('1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'N', 'Y');

    /** Why a code is not valid; the names double as message keys ({@code validation.uscc.<key>}). */
    public enum Problem {
        LENGTH, CHARACTERS, AUTHORITY, DIVISION, ORGANISATION_CODE, CHECK_CHARACTER
    }

    private Uscc() {
    }

    /** Upper-cases and removes spaces, as people type codes in several ways. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Checks a normalised code; empty when it is valid. */
    public static Optional<Problem> check(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of(Problem.LENGTH);
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of(Problem.CHARACTERS);
            }
        }
        if (!AUTHORITIES.contains(code.charAt(0)) || code.charAt(1) < '1' || code.charAt(1) > '9') {
            return Optional.of(Problem.AUTHORITY);
        }
        if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return Optional.of(Problem.DIVISION);
        }
        if (!OrganisationCode.isValid(code.substring(8, 17))) {
            return Optional.of(Problem.ORGANISATION_CODE);
        }
        if (checkCharacter(code.substring(0, 17)) != code.charAt(17)) {
            return Optional.of(Problem.CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return check(code).isEmpty();
    }

    /** The 18th character for the first 17 (which must be in the alphabet). */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not in the alphabet: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    /**
     * A valid code from its parts: 2 authority/kind characters, a 6-digit division and an 8-character
     * organisation code body; both check characters are computed. For demo data and tests.
     */
    public static String compose(String authorityAndKind, String division, String organisationBody) {
        String org = organisationBody + OrganisationCode.checkCharacter(organisationBody);
        String first17 = authorityAndKind + division + org;
        return first17 + checkCharacter(first17);
    }
}
