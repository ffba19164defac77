package gov.bureau.portal.agency.validation;

import java.util.regex.Pattern;

/**
 * E-mail addresses as mail systems accept them in practice: a dot-atom local part (at most 64
 * characters), a domain of at least two labels of letters, digits and inner hyphens, and a
 * top-level label of letters; 254 characters at most.
 */
public final class Emails {

    private static final Pattern LOCAL = Pattern.compile("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$");
    private static final Pattern LABEL = Pattern.compile("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$");
    private static final Pattern TOP = Pattern.compile("^[A-Za-z]{2,63}$");

    private Emails() {
    }

    public static boolean isValid(String email) {
        if (email == null || email.length() > 254) {
            return false;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0 || at != email.indexOf('@') || at == email.length() - 1) {
            return false;
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
            return false;
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP.matcher(labels[labels.length - 1]).matches();
    }
}
