package vn.thidua.api.campaign;

import vn.thidua.api.RuleViolation;

/** What became of one row of {@link RegisterParticipants}: accepted, or refused naming the rule it broke. */
public record RegistrationOutcome(RegistrationId registrationId, boolean accepted, RuleViolation refusal) {

    public static RegistrationOutcome accepted(RegistrationId registrationId) {
        return new RegistrationOutcome(registrationId, true, null);
    }

    public static RegistrationOutcome refused(RegistrationId registrationId, RuleViolation refusal) {
        return new RegistrationOutcome(registrationId, false, refusal);
    }
}
