package vn.thidua.api.achievement;

import java.util.List;

import vn.thidua.api.campaign.Participant;

public record AchievementsImported(Participant participant,
                                   List<YearRating> ratings,
                                   List<PastAward> awards,
                                   List<Initiative> initiatives,
                                   List<Integer> disciplinedYears) {
}
