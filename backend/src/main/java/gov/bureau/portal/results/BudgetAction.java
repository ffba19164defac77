package gov.bureau.portal.results;

/** The budget action a result leads to (结果应用, DOMAIN.md §9). */
public enum BudgetAction {
    /** 通报表扬, priority in next year's budget. */
    COMMEND_PRIORITY,
    /** 限期整改; reference for next year. */
    RECTIFY,
    /** Reduce next year's budget by a share of the evaluated year's funds. */
    REDUCE,
    /** Cancel the project's budget. */
    CANCEL
}
