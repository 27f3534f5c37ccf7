package vn.thidua.api;

import vn.thidua.api.orgunit.OrgUnitId;

/**
 * Who asks a query, as far as scoping goes (DESIGN §8): lists answer the viewer's unit subtree. An {@code auditor}
 * of a ministry sees its whole sector tree like everyone sees theirs; an auditor of a unit at the top of the
 * hierarchy (the national level) sees everything, the system's own records included. Which unit is at the top is
 * data, so the query side decides it, not the caller.
 */
public record Viewer(OrgUnitId unitId, boolean auditor) {

    public Viewer {
        Require.present(unitId, "viewer unit");
    }
}
