package vn.thidua.api.orgunit;

/** One unit with its ancestors and children, answered only when it lies in the subtree of {@code viewerUnit}. */
public record UnitDetailsQuery(OrgUnitId viewerUnit, OrgUnitId unitId) {
}
