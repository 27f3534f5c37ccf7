package vn.thidua.api.proposal;

import vn.thidua.api.Viewer;
import vn.thidua.api.orgunit.OrgUnitId;

/**
 * The proposals pending at {@code unitId} (hộp thư đến), oldest first; the viewer is that unit or above it, or an
 * auditor.
 */
public record UnitInboxQuery(Viewer viewer, OrgUnitId unitId, int page, int size) {
}
