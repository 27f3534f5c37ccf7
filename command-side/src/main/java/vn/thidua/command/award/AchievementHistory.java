package vn.thidua.command.award;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.thidua.api.achievement.Initiative;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.Rating;

/** What eligibility may read of a collective's or a person's past (DESIGN §5, "achievement record"). */
public interface AchievementHistory {

    /** The rating of a year, from a concluded review of this system or an imported record. */
    Optional<Rating> ratingIn(int year);

    /** Awards granted in a year (titles and commendations), revoked ones excluded. */
    Set<AwardType> awardsIn(int year);

    /** Recognised initiatives, every year. */
    List<Initiative> initiatives();

    boolean disciplinedIn(int year);

    AchievementHistory EMPTY = new AchievementHistory() {
        @Override
        public Optional<Rating> ratingIn(int year) {
            return Optional.empty();
        }

        @Override
        public Set<AwardType> awardsIn(int year) {
            return Set.of();
        }

        @Override
        public List<Initiative> initiatives() {
            return List.of();
        }

        @Override
        public boolean disciplinedIn(int year) {
            return false;
        }
    };
}
