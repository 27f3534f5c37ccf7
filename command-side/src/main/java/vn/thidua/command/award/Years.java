package vn.thidua.command.award;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.Rating;

/** A candidate's record year by year: this year's rating is the candidate's own, earlier ones come from history. */
final class Years {

    /** How far back "earlier" and "since" look: the history answers one year at a time, and no career is longer. */
    static final int LOOKBACK = 50;

    private Years() {
    }

    static Optional<Rating> rating(Candidate candidate, int year) {
        return year == candidate.year() ? Optional.ofNullable(candidate.rating()) : candidate.history().ratingIn(year);
    }

    static boolean ratedAtLeast(Candidate candidate, int year, Rating minimum) {
        return rating(candidate, year).filter(rating -> rating.atLeast(minimum)).isPresent();
    }

    /** "rated GOOD in 2023" or "not rated in 2023". */
    static String ratingFound(Candidate candidate, int year) {
        return rating(candidate, year).map(rating -> "rated " + rating + " in " + year).orElse("not rated in " + year);
    }

    static boolean received(Candidate candidate, AwardType award, int year) {
        return candidate.history().awardsIn(year).contains(award);
    }

    /** The latest year up to this year in which the award was received. */
    static OptionalInt latestReceived(Candidate candidate, AwardType award) {
        return IntStream.iterate(candidate.year(), year -> year >= candidate.year() - LOOKBACK, year -> year - 1)
                .filter(year -> received(candidate, award, year))
                .findFirst();
    }

    /** How many consecutive years, counting back from {@code last}, satisfy the test (at most {@code max}). */
    static int run(int last, int max, IntPredicate test) {
        int run = 0;
        while (run < max && test.test(last - run)) {
            run++;
        }
        return run;
    }

    /** "2024" or "2022–2024". */
    static String span(int first, int last) {
        return first == last ? String.valueOf(first) : first + "–" + last;
    }

    /** "2022, 2023, 2024". */
    static String list(IntStream years) {
        return years.mapToObj(String::valueOf).collect(Collectors.joining(", "));
    }
}
