package vn.thidua.api.report;

import java.util.List;

/** A review with activity in the window: its ratings as they stood at the window end, and its nominees if concluded. */
public record ReviewFigures(String campaignId, String reviewId, String kind, int year, boolean concluded,
                            List<RatingCount> ratings, List<NomineeLine> nominees) {
}
