package vn.thidua.command.award;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.thidua.api.achievement.Initiative;
import vn.thidua.api.achievement.InitiativeScope;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.Rating;

/**
 * An achievement record written fluently in a test:
 * {@code history().rated(GOOD, 2022, 2023).awarded(GRASSROOTS_EMULATION_FIGHTER, 2023).initiative(2023, UNIT)}.
 */
public final class HistoryFixture implements AchievementHistory {

    private final Map<Integer, Rating> ratings = new HashMap<>();
    private final Map<Integer, Set<AwardType>> awards = new HashMap<>();
    private final List<Initiative> initiatives = new ArrayList<>();
    private final Set<Integer> disciplined = new HashSet<>();

    public static HistoryFixture history() {
        return new HistoryFixture();
    }

    public HistoryFixture rated(Rating rating, int... years) {
        for (int year : years) {
            ratings.put(year, rating);
        }
        return this;
    }

    /** Rated {@code rating} in every year from {@code first} to {@code last}. */
    public HistoryFixture ratedFromTo(Rating rating, int first, int last) {
        for (int year = first; year <= last; year++) {
            ratings.put(year, rating);
        }
        return this;
    }

    public HistoryFixture awarded(AwardType award, int... years) {
        for (int year : years) {
            awards.computeIfAbsent(year, y -> EnumSet.noneOf(AwardType.class)).add(award);
        }
        return this;
    }

    public HistoryFixture initiative(int year, InitiativeScope scope) {
        int number = initiatives.size() + 1;
        initiatives.add(new Initiative(year, scope, "Initiative " + number, "SK-" + year + "-" + number));
        return this;
    }

    public HistoryFixture disciplined(int... years) {
        for (int year : years) {
            disciplined.add(year);
        }
        return this;
    }

    @Override
    public Optional<Rating> ratingIn(int year) {
        return Optional.ofNullable(ratings.get(year));
    }

    @Override
    public Set<AwardType> awardsIn(int year) {
        return Set.copyOf(awards.getOrDefault(year, Set.of()));
    }

    @Override
    public List<Initiative> initiatives() {
        return List.copyOf(initiatives);
    }

    @Override
    public boolean disciplinedIn(int year) {
        return disciplined.contains(year);
    }
}
