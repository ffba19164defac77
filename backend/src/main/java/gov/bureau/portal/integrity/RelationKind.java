package gov.bureau.portal.integrity;

/** Why two agencies are linked (API.md "Selection integrity"). SHAREHOLDER: the profile holds no shareholders yet. */
public enum RelationKind { LEGAL_REPRESENTATIVE, SHAREHOLDER, PRACTITIONER, PHONE, EMAIL_DOMAIN, ADDRESS }
