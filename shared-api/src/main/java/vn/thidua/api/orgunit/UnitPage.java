package vn.thidua.api.orgunit;

import java.util.List;

public record UnitPage(List<UnitSummary> items, int page, int size, long totalItems) {
}
