package gov.bureau.portal.agency;

/** Kinds of identity document (证件类型). Only RESIDENT_ID numbers have a check digit (GB 11643). */
public enum IdType {
    /** 居民身份证 */
    RESIDENT_ID,
    /** 护照 */
    PASSPORT,
    /** 港澳居民来往内地通行证 */
    HK_MACAO_PERMIT,
    /** 台湾居民来往大陆通行证 */
    TAIWAN_PERMIT,
    /** 外国人永久居留身份证 */
    FOREIGN_PERMANENT,
    OTHER
}
