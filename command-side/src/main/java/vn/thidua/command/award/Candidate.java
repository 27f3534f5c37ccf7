package vn.thidua.command.award;

import java.util.List;

import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.Rating;

/**
 * A nominee as eligibility sees it: the rating given in this review ({@code year}), whether the proposer marked an
 * outstanding achievement, the past, and for a collective its members with their own ratings and past.
 */
public record Candidate(Participant participant, int year, Rating rating, boolean outstanding,
                        AchievementHistory history, List<Member> members) {

    public Candidate {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** A member of a collective: the member's rating of the year (null when not rated) and past. */
    public record Member(String personId, Rating rating, AchievementHistory history) {
    }
}
