package vn.thidua.api.proposal;

import vn.thidua.api.orgunit.OrgUnitId;

/** The proposals pending at {@code unitId} (hộp thư đến), oldest first; the viewer is that unit or above it. */
public record UnitInboxQuery(OrgUnitId viewerUnit, OrgUnitId unitId, int page, int size) {
}
