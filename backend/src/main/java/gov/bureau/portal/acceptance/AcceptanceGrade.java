package gov.bureau.portal.acceptance;

/** The grade of an accepted engagement (验收等级, API.md). */
public enum AcceptanceGrade {
    /** 优秀 */
    EXCELLENT,
    /** 良好 */
    GOOD,
    /** 合格 */
    PASS,
    /** 不合格: nothing is payable until the work is redone and accepted again */
    FAIL
}
