package vn.thidua.command.title;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.title.TitleCriterion;
import vn.thidua.api.title.TitleStandard;

/** T1 for whoever scores, the unit itself or the recognising body: only registered criteria, each within 0..max. */
public final class TitleScores {

    private TitleScores() {
    }

    /** Answers the total of {@code scores}, once each criterion was found registered and within its maximum. */
    public static int requireWithinRegistered(List<TitleStandard> registered, Map<String, Integer> scores) {
        scores.forEach((code, points) -> {
            TitleCriterion criterion = find(registered, code).orElseThrow(() -> RuleViolationException.conflict("T1",
                    "criterion " + code + " is not among the registered criteria " + codes(registered)));
            if (points < 0 || points > criterion.maxPoints()) {
                throw RuleViolationException.conflict("T1", "criterion " + code + " is scored 0 to "
                        + criterion.maxPoints() + ", found " + points);
            }
        });
        return scores.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Optional<TitleCriterion> find(List<TitleStandard> registered, String code) {
        return registered.stream().flatMap(s -> s.criteria().stream()).filter(c -> c.code().equals(code)).findFirst();
    }

    private static List<String> codes(List<TitleStandard> registered) {
        return registered.stream().flatMap(s -> s.criteria().stream()).map(TitleCriterion::code).toList();
    }
}
