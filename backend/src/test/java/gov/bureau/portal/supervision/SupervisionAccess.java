package gov.bureau.portal.supervision;

import gov.bureau.portal.support.AccessRule;

import java.util.List;

import static gov.bureau.portal.support.AccessRule.ADMIN;
import static gov.bureau.portal.support.AccessRule.AGENCY;
import static gov.bureau.portal.support.AccessRule.BUREAU;
import static gov.bureau.portal.support.AccessRule.PUBLIC;
import static gov.bureau.portal.support.AccessRule.SIGNED_IN;

public final class SupervisionAccess {

    public static final List<AccessRule> RULES = List.of(
            AccessRule.of("POST", "/api/inspections", BUREAU),
            AccessRule.of("GET", "/api/inspections", BUREAU),
            AccessRule.of("GET", "/api/inspections/{id}", BUREAU),
            AccessRule.of("GET", "/api/inspections/{id}/verification", BUREAU),
            AccessRule.of("POST", "/api/inspections/{id}/publication", BUREAU),
            AccessRule.of("GET", "/api/inspections/{id}/items/{itemId}", SIGNED_IN),
            AccessRule.of("POST", "/api/inspections/{id}/items/{itemId}/workpaper-request", BUREAU),
            AccessRule.of("POST", "/api/inspections/{id}/items/{itemId}/workpapers", AGENCY),
            AccessRule.of("GET", "/api/inspections/{id}/items/{itemId}/workpapers/{paperId}", SIGNED_IN),
            AccessRule.of("POST", "/api/inspections/{id}/items/{itemId}/findings", BUREAU),
            AccessRule.of("POST", "/api/inspections/{id}/items/{itemId}/rectification", AGENCY),
            AccessRule.of("POST", "/api/inspections/{id}/items/{itemId}/conclusion", BUREAU),
            AccessRule.of("GET", "/api/agencies/me/inspection-items", AGENCY),
            AccessRule.of("POST", "/api/agencies/me/credit-repairs", AGENCY),
            AccessRule.of("GET", "/api/agencies/me/credit-repairs", AGENCY),
            AccessRule.of("GET", "/api/credit-repairs", BUREAU),
            AccessRule.of("GET", "/api/credit-repairs/{id}", SIGNED_IN),
            AccessRule.of("POST", "/api/credit-repairs/{id}/review", BUREAU),
            AccessRule.of("POST", "/api/credit-repairs/{id}/decision", ADMIN),
            AccessRule.of("GET", "/api/public/inspection-results", "/api/public/inspection-results?year=2026", PUBLIC),
            AccessRule.of("GET", "/api/public/credit-repairs", "/api/public/credit-repairs?year=2026", PUBLIC));

    private SupervisionAccess() {
    }
}
