package gov.bureau.portal.engagement;

/** Kinds of commissioned work (API.md "Engagements and acceptance"). */
public enum EngagementType {
    /** 事前绩效评估 */
    EX_ANTE_ASSESSMENT,
    /** 绩效目标审核 */
    TARGET_REVIEW,
    /** 绩效运行监控 */
    MONITORING,
    /** 重点绩效评价 */
    KEY_EVALUATION,
    /** 部门整体支出评价 */
    DEPARTMENT_OVERALL,
    /** 自评复核 */
    SELF_EVALUATION_REVIEW,
    /** 政策评价 */
    POLICY_EVALUATION,
    OTHER
}
