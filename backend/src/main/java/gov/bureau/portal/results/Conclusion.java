package gov.bureau.portal.results;

/** The conclusion of an evaluation's result (DOMAIN.md §9): 优, 良, 中, 差. */
public enum Conclusion {
    EXCELLENT, GOOD, MEDIUM, POOR
}
