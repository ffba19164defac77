package gov.bureau.portal.agency;

/** The agency's people by block of DOMAIN.md §3. */
public enum PersonRole {
    /** 主评人 */
    LEAD_EVALUATOR,
    /** 合作专家 */
    EXPERT,
    /** 其他从业人员 */
    OTHER
}
