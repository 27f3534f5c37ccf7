package vn.thidua.api.achievement;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;
import vn.thidua.api.campaign.Participant;

/**
 * Adds earlier ratings, awards (with decision numbers), recognised initiatives and years with a disciplinary
 * measure to the achievement record of a collective or a person (DESIGN §5), for the years before this system.
 */
public record ImportAchievements(Participant participant,
                                 List<YearRating> ratings,
                                 List<PastAward> awards,
                                 List<Initiative> initiatives,
                                 List<Integer> disciplinedYears) {

    public ImportAchievements {
        Require.present(participant, "participant");
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
        awards = awards == null ? List.of() : List.copyOf(awards);
        initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
        disciplinedYears = disciplinedYears == null ? List.of() : List.copyOf(disciplinedYears);
    }

    /** One record per participant, keyed by {@code unit:…} or {@code person:…}. */
    @TargetAggregateIdentifier
    public String recordId() {
        return participant.key();
    }
}
