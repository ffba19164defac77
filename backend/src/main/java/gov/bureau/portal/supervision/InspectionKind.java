package gov.bureau.portal.supervision;

/** RECHECK: 抽查复核 of accepted engagements; PRACTICE_QUALITY: 执业质量检查 of agencies (双随机). */
public enum InspectionKind {
    RECHECK, PRACTICE_QUALITY
}
