package gov.bureau.portal.integrity;

/** Why two agencies are linked (API.md "Selection integrity"); a shared lead evaluator counts as PRACTITIONER. */
public enum RelationKind { LEGAL_REPRESENTATIVE, SHAREHOLDER, PRACTITIONER, PHONE, EMAIL_DOMAIN, ADDRESS }
