package gov.bureau.portal.results;

/** What a finding (问题) is about: 决策, 预算执行, 资金管理, 项目管理, 产出, 效益, other. */
public enum FindingCategory {
    DECISION, BUDGET_EXECUTION, FUND_MANAGEMENT, PROJECT_MANAGEMENT, OUTPUT, BENEFIT, OTHER
}
