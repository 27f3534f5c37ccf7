package vn.thidua.command.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.command.testing.CulturalTitleScheme.SCHEMES;

import org.junit.jupiter.api.Test;

import vn.thidua.api.RuleViolation;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.rules.RuleSetVersion;
import vn.thidua.command.rules.RuleSet;

/**
 * T3 on the way around proposals: a unit whose authority includes a title scored on its criteria cannot decide it
 * for its own nominee on a rating (D1); it is recognised only on a proposal the recognising body scored.
 */
class ScoredTitleDecisionTest {

    @Test
    void T3_a_scored_title_is_not_decided_within_authority_on_a_rating() {
        Decisions decisions = new Decisions(null, null, null, null, null, null, null);
        RuleSet rules = new RuleSet(new RuleSetVersion("test"), null, null, null, null, SCHEMES);
        Decisions.Nominee excellent = new Decisions.Nominee(Participant.collective(new OrgUnitId("ubnd-huyen-kbang")),
                AwardType.CULTURAL_STANDARD_TITLE, Rating.EXCELLENT, 2021, false);

        assertThatThrownBy(() -> decisions.requireEligible(rules, "D1", excellent))
                .isInstanceOfSatisfying(RuleViolationException.class, refusal -> assertThat(refusal.violation())
                        .isEqualTo(RuleViolation.conflict("T3", "CULTURAL_STANDARD_TITLE is recognised only on a "
                                + "proposal scored by the recognising body (rules test), not decided on a rating")));
    }
}
