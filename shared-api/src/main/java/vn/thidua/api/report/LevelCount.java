package vn.thidua.api.report;

public record LevelCount(String level, long count) {
}
