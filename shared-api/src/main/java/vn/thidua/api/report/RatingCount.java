package vn.thidua.api.report;

public record RatingCount(String rating, long count) {
}
