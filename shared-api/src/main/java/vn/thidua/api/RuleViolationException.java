package vn.thidua.api;

/** A command refused by a rule of DESIGN §4; no event was applied. */
public class RuleViolationException extends RuntimeException {

    private final RuleViolation violation;

    public RuleViolationException(RuleViolation violation) {
        super(violation.rule() + ": " + violation.detail());
        this.violation = violation;
    }

    public RuleViolation violation() {
        return violation;
    }

    public static RuleViolationException conflict(String rule, String detail) {
        return new RuleViolationException(RuleViolation.conflict(rule, detail));
    }

    public static RuleViolationException notFound(String rule, String detail) {
        return new RuleViolationException(RuleViolation.notFound(rule, detail));
    }

    public static RuleViolationException forbidden(String rule, String detail) {
        return new RuleViolationException(RuleViolation.forbidden(rule, detail));
    }

    public static RuleViolationException invalid(String rule, String detail) {
        return new RuleViolationException(RuleViolation.invalid(rule, detail));
    }
}
