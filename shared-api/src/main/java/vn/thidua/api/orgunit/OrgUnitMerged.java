package vn.thidua.api.orgunit;

public record OrgUnitMerged(OrgUnitId unitId, OrgUnitId survivorId) {
}
