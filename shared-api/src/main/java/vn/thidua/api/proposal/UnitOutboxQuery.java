package vn.thidua.api.proposal;

import vn.thidua.api.Viewer;
import vn.thidua.api.orgunit.OrgUnitId;

/**
 * The proposals {@code unitId} sent up (submitted, forwarded or resubmitted) that are still under way elsewhere
 * (hộp thư đi), longest waiting first; the viewer is that unit or above it, or an auditor.
 */
public record UnitOutboxQuery(Viewer viewer, OrgUnitId unitId, int page, int size) {
}
