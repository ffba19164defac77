package gov.bureau.portal.supervision;

/** A finding's conclusion and an item's final outcome. */
public enum Conclusion {
    SATISFACTORY, MINOR_ISSUES, MAJOR_ISSUES
}
