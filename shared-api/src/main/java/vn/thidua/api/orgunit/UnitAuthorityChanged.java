package vn.thidua.api.orgunit;

import java.util.Set;

import vn.thidua.api.award.AwardType;

public record UnitAuthorityChanged(OrgUnitId unitId, Set<AwardType> authority) {
}
