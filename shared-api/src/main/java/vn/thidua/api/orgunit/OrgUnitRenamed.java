package vn.thidua.api.orgunit;

public record OrgUnitRenamed(OrgUnitId unitId, String name, String abbreviation) {
}
