package vn.thidua.api.campaign;

import vn.thidua.api.Require;

/** A review the plan announces, e.g. sơ kết 2022, tổng kết 2025 (C1, C5). */
public record ScheduledReview(ReviewKind kind, int year, String title) {

    public ScheduledReview {
        Require.present(kind, "schedule.kind");
        title = Require.optionalText(title, "schedule.title");
    }
}
