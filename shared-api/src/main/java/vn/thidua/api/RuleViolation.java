package vn.thidua.api;

import java.util.Objects;

/**
 * Why a command was refused: the rule of DESIGN §4 it broke, what kind of refusal it is, and a sentence
 * naming what was expected and what was found. It travels as {@code CommandExecutionException} details, so a
 * caller behind Axon Server sees the same rule as a caller in the same JVM.
 */
public record RuleViolation(String rule, Kind kind, String detail) {

    public enum Kind {
        /** the request itself is malformed or incomplete */
        INVALID,
        /** the acting user's unit or role may not do this */
        FORBIDDEN,
        /** a named id does not exist */
        NOT_FOUND,
        /** the rule does not allow it in the current state */
        CONFLICT
    }

    public RuleViolation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    public static RuleViolation conflict(String rule, String detail) {
        return new RuleViolation(rule, Kind.CONFLICT, detail);
    }

    public static RuleViolation notFound(String rule, String detail) {
        return new RuleViolation(rule, Kind.NOT_FOUND, detail);
    }

    public static RuleViolation forbidden(String rule, String detail) {
        return new RuleViolation(rule, Kind.FORBIDDEN, detail);
    }

    public static RuleViolation invalid(String rule, String detail) {
        return new RuleViolation(rule, Kind.INVALID, detail);
    }
}
