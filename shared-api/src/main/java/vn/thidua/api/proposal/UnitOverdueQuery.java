package vn.thidua.api.proposal;

import vn.thidua.api.Viewer;
import vn.thidua.api.orgunit.OrgUnitId;

/**
 * The proposals past their time limit (P6) pending at {@code unitId} or any unit below it, so a unit sees where its
 * subordinates are late; oldest first; the viewer is that unit or above it, or an auditor.
 */
public record UnitOverdueQuery(Viewer viewer, OrgUnitId unitId, int page, int size) {
}
