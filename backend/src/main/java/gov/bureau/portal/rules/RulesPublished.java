package gov.bureau.portal.rules;

/**
 * A new version of a rule table was published. Fired inside the publishing transaction, so that an
 * area whose derived data depends on the table (e.g. credit grades on the bands) brings it up to
 * date atomically with the change, instead of checking on every read.
 */
public record RulesPublished(String key, long versionId) {
}
