package vn.thidua.api.orgunit;

import java.util.Set;

import vn.thidua.api.award.AwardType;

/** A unit came into being with the authority resolved at that moment (defaults never change it afterwards). */
public record OrgUnitCreated(OrgUnitId unitId,
                             String name,
                             String abbreviation,
                             Level level,
                             UnitKind kind,
                             OrgUnitId parentId,
                             String category,
                             Set<AwardType> authority) {
}
