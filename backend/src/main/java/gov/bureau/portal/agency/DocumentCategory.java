package gov.bureau.portal.agency;

/** What a document proves (证明材料). */
public enum DocumentCategory {
    /** 营业执照 / 登记证书 */
    BUSINESS_LICENCE,
    /** 资质证明 */
    QUALIFICATION,
    /** 人员证书 */
    CERTIFICATE,
    /** 质量控制、保密制度 */
    QUALITY_CONTROL,
    OTHER
}
