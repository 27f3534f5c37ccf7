package vn.thidua.api.orgunit;

import vn.thidua.api.Viewer;

/** One unit with its ancestors and children, answered only when it lies in the viewer's subtree or the viewer is an auditor. */
public record UnitDetailsQuery(Viewer viewer, OrgUnitId unitId) {
}
