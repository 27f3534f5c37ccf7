package vn.thidua.api.orgunit;

import java.util.List;

/** A unit, its ancestors from the parent up to the top, and its current children. */
public record UnitDetails(UnitSummary unit, List<UnitSummary> ancestors, List<UnitSummary> children) {
}
