package vn.thidua.api.orgunit;

public record OrgUnitReparented(OrgUnitId unitId, OrgUnitId previousParentId, OrgUnitId newParentId) {
}
