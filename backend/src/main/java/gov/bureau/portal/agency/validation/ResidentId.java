package gov.bureau.portal.agency.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The citizen identification number of GB 11643-1999 (居民身份证号码): a 6-digit address code, an
 * 8-digit birth date, a 3-digit sequence and a check character by ISO 7064 MOD 11-2, where the
 * 18th character makes {@code Σ aᵢ × 2^(18−i) ≡ 1 (mod 11)}; 10 is written X.
 */
public final class ResidentId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    /** Province-level codes of GB/T 2260, with 83 for the residence permits of Taiwan residents. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82", "83");
    private static final LocalDate EARLIEST = LocalDate.of(1870, 1, 1);

    /** The names double as message keys ({@code validation.resident-id.<key>}). */
    public enum Problem {
        LENGTH, CHARACTERS, REGION, BIRTH_DATE, CHECK_DIGIT
    }

    private ResidentId() {
    }

    /** Checks a normalised number; {@code today} bounds the birth date. Empty when valid. */
    public static Optional<Problem> check(String id, LocalDate today) {
        if (id == null || id.length() != 18) {
            return Optional.of(Problem.LENGTH);
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i)) || id.charAt(i) > '9') {
                return Optional.of(Problem.CHARACTERS);
            }
        }
        char last = id.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Optional.of(Problem.CHARACTERS);
        }
        if (!PROVINCES.contains(id.substring(0, 2))) {
            return Optional.of(Problem.REGION);
        }
        Optional<LocalDate> birth = birthDate(id);
        if (birth.isEmpty() || birth.get().isBefore(EARLIEST) || birth.get().isAfter(today)) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (checkCharacter(id.substring(0, 17)) != last) {
            return Optional.of(Problem.CHECK_DIGIT);
        }
        return Optional.empty();
    }

    public static boolean isValid(String id, LocalDate today) {
        return check(id, today).isEmpty();
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** A valid number from its parts, for demo data and tests. */
    public static String compose(String region6, LocalDate birth, int sequence) {
        String first17 = region6 + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        return first17 + checkCharacter(first17);
    }

    /** Shown to anyone but the number's owner: 110105********002X. */
    public static String mask(String id) {
        if (id == null || id.isEmpty()) {
            return id;
        }
        if (id.length() <= 4) {
            return "*".repeat(id.length());
        }
        int keepStart = id.length() >= 10 ? Math.min(6, id.length() - 8) : 1;
        int keepEnd = Math.min(4, id.length() - keepStart - 1);
        return id.substring(0, keepStart) + "*".repeat(id.length() - keepStart - keepEnd) + id.substring(id.length() - keepEnd);
    }

    private static Optional<LocalDate> birthDate(String id) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
