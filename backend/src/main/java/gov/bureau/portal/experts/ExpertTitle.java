package gov.bureau.portal.experts;

/** An expert's professional title (DOMAIN.md §10): 高级 (正高/副高), 中级, other. */
public enum ExpertTitle {
    SENIOR, INTERMEDIATE, OTHER
}
