package vn.thidua.api.rules;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/**
 * Puts a new version of the award rules in force (R1-R3): the whole document in the format of the shipped
 * defaults ({@code award-rules/2022.1.yml}), so a deployment changes authority defaults, eligibility, dossiers,
 * council thresholds, time limits and holidays without code. Decisions already taken keep the version they name.
 */
public record PublishRuleSet(@TargetAggregateIdentifier RuleSetVersion version, String document) {

    /** Far above the defaults (about 10 000 characters), far below what could hurt the store. */
    public static final int MAX_DOCUMENT = 200_000;

    public PublishRuleSet {
        Require.present(version, "version");
        if (document == null || document.isBlank()) {
            throw new IllegalArgumentException("document is required");
        }
        if (document.length() > MAX_DOCUMENT) {
            throw new IllegalArgumentException("document is longer than " + MAX_DOCUMENT + " characters");
        }
    }
}
