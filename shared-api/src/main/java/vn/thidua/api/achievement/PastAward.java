package vn.thidua.api.achievement;

import vn.thidua.api.Require;
import vn.thidua.api.award.AwardType;

/** An award granted before this system, with its decision number (e.g. {@code 125/QĐ-LĐLĐ}). */
public record PastAward(int year, AwardType awardType, String decisionNumber, String decidedBy) {

    public PastAward {
        Require.present(awardType, "awardType");
        decisionNumber = Require.text(decisionNumber, "decisionNumber");
        decidedBy = Require.optionalText(decidedBy, "decidedBy");
    }
}
