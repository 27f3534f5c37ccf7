package vn.thidua.api.rules;

import vn.thidua.api.TypedId;

/**
 * The name of one published version of the award rules (DESIGN §5), such as {@code 2022.1}: recorded with every
 * decision taken under it. Unlike the other ids it may hold dots and capitals, as version names do.
 */
public record RuleSetVersion(String value) implements TypedId {

    public RuleSetVersion {
        if (value == null || !value.matches("[0-9A-Za-z][0-9A-Za-z.-]{0,31}")) {
            throw new IllegalArgumentException(
                    "rule set version must be 1-32 letters, digits, dots or hyphens, found: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
