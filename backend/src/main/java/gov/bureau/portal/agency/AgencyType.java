package gov.bureau.portal.agency;

/** The six kinds of third-party agency (DOMAIN.md §1, API.md "Agencies"). */
public enum AgencyType {
    /** 会计师事务所 */
    ACCOUNTING_FIRM,
    /** 资产评估机构 */
    ASSET_APPRAISAL,
    /** 专业咨询机构 */
    CONSULTING,
    /** 律师事务所 */
    LAW_FIRM,
    /** 科研院所 */
    RESEARCH_INSTITUTE,
    /** 高等院校 */
    UNIVERSITY
}
