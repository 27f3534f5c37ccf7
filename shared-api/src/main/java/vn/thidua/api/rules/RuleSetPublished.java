package vn.thidua.api.rules;

/** A version of the award rules was put in force when this event happened; the document is kept exactly as sent. */
public record RuleSetPublished(RuleSetVersion version, String document) {
}
