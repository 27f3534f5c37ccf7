package vn.thidua.command.award;

import java.util.List;

/**
 * The answer of eligibility: eligible by which route, whether that route used an initiative (the dossier then
 * needs its certificate, Art. 84), or the conditions that failed, each a sentence naming what was expected.
 */
public record Verdict(boolean eligible, String route, boolean usedInitiative, List<String> failures) {

    public Verdict {
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    public static Verdict eligible(String route, boolean usedInitiative) {
        return new Verdict(true, route, usedInitiative, List.of());
    }

    public static Verdict notEligible(List<String> failures) {
        return new Verdict(false, null, false, failures);
    }
}
