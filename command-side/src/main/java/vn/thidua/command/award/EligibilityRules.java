package vn.thidua.command.award;

import vn.thidua.api.award.AwardType;

/** Who is eligible for which award (DESIGN §5): rules as data, evaluated against a candidate. */
public interface EligibilityRules {

    Verdict check(AwardType awardType, Candidate candidate);

    /** The version of the rule set in force, recorded with what it decided. */
    String version();
}
