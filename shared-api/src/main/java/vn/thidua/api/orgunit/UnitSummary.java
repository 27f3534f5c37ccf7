package vn.thidua.api.orgunit;

import java.util.Set;

import vn.thidua.api.award.AwardType;

/** A unit as it stands now; {@code mergedInto} is set once it was merged away. */
public record UnitSummary(OrgUnitId id,
                          String name,
                          String abbreviation,
                          Level level,
                          UnitKind kind,
                          OrgUnitId parentId,
                          String category,
                          Set<AwardType> authority,
                          OrgUnitId mergedInto) {
}
