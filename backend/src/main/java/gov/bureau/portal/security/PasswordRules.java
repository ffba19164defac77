package gov.bureau.portal.security;

import gov.bureau.portal.common.FieldProblem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be, the same on every path (registration, user creation, change, reset, the first
 * administrator's and the demo password), and how temporary ones are made. Pure apart from reading the
 * list of common passwords once.
 *
 * <p>The usual rule of government systems: 8 to 72 bytes (bcrypt reads no more), at least three of the four
 * kinds upper-case letter, lower-case letter, digit and symbol (any other character: punctuation, a space, a
 * Chinese character), and not a common password. "Common" means that the password, lower-cased, or
 * lower-cased with everything but letters and digits left out, is on the list in
 * {@code security/common-passwords.txt} (the zxcvbn project's 30,000 most frequent passwords; the file
 * names its source), so {@code Password1} and {@code Admin@123} ({@code admin123}) are refused.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 8;
    /** bcrypt reads at most 72 bytes; a longer password is refused, never cut. */
    public static final int MAX_BYTES = 72;
    public static final int MIN_KINDS = 3;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final String SYMBOLS = "-_.!@#%+=";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> COMMON = load("/security/common-passwords.txt");

    private PasswordRules() {
    }

    /** The first rule the password breaks, as a problem of the given field. */
    public static Optional<FieldProblem> check(String field, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new FieldProblem(field, "validation.required"));
        }
        if (tooLong(password)) {
            return Optional.of(new FieldProblem(field, "validation.password-too-long", MAX_BYTES));
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(new FieldProblem(field, "validation.password-length", MIN_LENGTH, MAX_BYTES));
        }
        if (kinds(password) < MIN_KINDS) {
            return Optional.of(new FieldProblem(field, "validation.password-kinds", MIN_KINDS));
        }
        if (isCommon(password)) {
            return Optional.of(new FieldProblem(field, "validation.password-common"));
        }
        return Optional.empty();
    }

    /** More than bcrypt reads: such a password can be neither set nor checked. */
    public static boolean tooLong(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    /** How many of upper case, lower case, digit and symbol the password has (0 to 4). */
    public static int kinds(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return true;
        }
        StringBuilder core = new StringBuilder();
        lower.codePoints().filter(Character::isLetterOrDigit).forEach(core::appendCodePoint);
        return core.length() > 0 && COMMON.contains(core.toString());
    }

    /** A random password that satisfies {@link #check}: 14 characters of all four kinds. */
    public static String temporary() {
        while (true) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 13; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            sb.insert(1 + RANDOM.nextInt(12), SYMBOLS.charAt(RANDOM.nextInt(SYMBOLS.length())));
            String candidate = sb.toString();
            if (kinds(candidate) == 4 && check("password", candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private static Set<String> load(String resource) {
        InputStream in = PasswordRules.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the class path");
        }
        Set<String> words = new HashSet<>(40_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
