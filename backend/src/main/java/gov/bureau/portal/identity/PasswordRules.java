package gov.bureau.portal.identity;

import gov.bureau.portal.common.FieldProblem;

import java.security.SecureRandom;
import java.util.Optional;

/** What a password must be, and how temporary ones are made. Pure. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 72; // bcrypt reads at most 72 bytes
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordRules() {
    }

    /** A password needs 8 to 72 characters with at least one letter and one digit. */
    public static Optional<FieldProblem> check(String field, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new FieldProblem(field, "validation.required"));
        }
        if (password.length() < MIN_LENGTH || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return Optional.of(new FieldProblem(field, "validation.password-length", MIN_LENGTH, MAX_LENGTH));
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return Optional.of(new FieldProblem(field, "validation.password-mix"));
        }
        return Optional.empty();
    }

    /** A random password that satisfies {@link #check}: 14 characters with letters and digits. */
    public static String temporary() {
        while (true) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 14; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String candidate = sb.toString();
            if (check("password", candidate).isEmpty()) {
                return candidate;
            }
        }
    }
}
