package vn.thidua.command.achievement;

import java.util.List;

import vn.thidua.api.campaign.Participant;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.command.award.AchievementHistory;
import vn.thidua.command.award.Candidate;

/** The achievement records as eligibility reads them: imports plus what this system concluded and granted. */
public interface AchievementLedger {

    AchievementHistory historyOf(Participant participant);

    /** The persons of a unit, each with the rating recorded for {@code year} (null when none) and their past. */
    List<Candidate.Member> membersOf(OrgUnitId unitId, int year);
}
