package vn.thidua.api.orgunit;

/** The units in the subtree of {@code viewerUnit} (the viewer's own unit included), ordered from the top. */
public record UnitListQuery(OrgUnitId viewerUnit, int page, int size) {
}
