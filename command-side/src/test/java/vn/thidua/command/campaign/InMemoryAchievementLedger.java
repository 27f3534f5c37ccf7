package vn.thidua.command.campaign;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.api.campaign.Participant;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.command.achievement.AchievementLedger;
import vn.thidua.command.award.AchievementHistory;
import vn.thidua.command.award.Candidate;

/** A ledger with no past for anyone, and the members of a unit as the test sets them (whatever the year). */
final class InMemoryAchievementLedger implements AchievementLedger {

    private final Map<OrgUnitId, List<Candidate.Member>> members = new HashMap<>();

    InMemoryAchievementLedger members(OrgUnitId unitId, Candidate.Member... unitMembers) {
        members.put(unitId, List.of(unitMembers));
        return this;
    }

    @Override
    public AchievementHistory historyOf(Participant participant) {
        return AchievementHistory.EMPTY;
    }

    @Override
    public List<Candidate.Member> membersOf(OrgUnitId unitId, int year) {
        return members.getOrDefault(unitId, List.of());
    }
}
