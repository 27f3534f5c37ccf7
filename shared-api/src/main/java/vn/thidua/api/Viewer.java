package vn.thidua.api;

import vn.thidua.api.orgunit.OrgUnitId;

/**
 * Who asks a query, as far as scoping goes (DESIGN §8): lists answer the viewer's unit subtree, or everything when
 * {@code seesEverything} (the ministry's AUDITOR role).
 */
public record Viewer(OrgUnitId unitId, boolean seesEverything) {

    public Viewer {
        Require.present(unitId, "viewer unit");
    }
}
