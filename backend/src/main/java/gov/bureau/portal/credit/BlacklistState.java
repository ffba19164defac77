package gov.bureau.portal.credit;

/** The blacklist list's filter {@code state}: entries in force today, ended (expired or lifted), or all. */
public enum BlacklistState {
    CURRENT, ENDED, ALL
}
