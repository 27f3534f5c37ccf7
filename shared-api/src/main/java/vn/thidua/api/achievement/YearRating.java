package vn.thidua.api.achievement;

import vn.thidua.api.Require;
import vn.thidua.api.campaign.Rating;

/** The rating of a year (xếp loại cuối năm). */
public record YearRating(int year, Rating rating) {

    public YearRating {
        Require.present(rating, "rating");
    }
}
