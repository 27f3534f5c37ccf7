package vn.thidua.command.campaign;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.thidua.api.award.AwardType;
import vn.thidua.command.award.Candidate;
import vn.thidua.command.award.EligibilityRules;
import vn.thidua.command.award.Verdict;

/** Answers per award type as the test sets it (eligible by "test route" otherwise), and keeps what it was asked. */
final class FakeEligibilityRules implements EligibilityRules {

    static final String DEFAULT_ROUTE = "test route";

    private final Map<AwardType, Verdict> verdicts = new EnumMap<>(AwardType.class);
    private final List<Candidate> checked = new ArrayList<>();

    FakeEligibilityRules answer(AwardType awardType, Verdict verdict) {
        verdicts.put(awardType, verdict);
        return this;
    }

    /** The candidates checked so far, in order. */
    List<Candidate> checked() {
        return checked;
    }

    @Override
    public Verdict check(AwardType awardType, Candidate candidate) {
        checked.add(candidate);
        return verdicts.getOrDefault(awardType, Verdict.eligible(DEFAULT_ROUTE, false));
    }

    @Override
    public String version() {
        return "test";
    }
}
