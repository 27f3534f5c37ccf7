package vn.thidua.query.orgunit;

import org.springframework.stereotype.Component;

import vn.thidua.api.orgunit.OrgUnitId;

/** What a viewer may see: its own unit and everything below it, by the hierarchy as it stands now. */
@Component
public class UnitScope {

    private final UnitViews units;

    UnitScope(UnitViews units) {
        this.units = units;
    }

    public boolean isWithin(OrgUnitId viewer, OrgUnitId unit) {
        String viewerPath = units.findById(viewer.value()).map(v -> v.path).orElse(null);
        return viewerPath != null && units.findById(unit.value()).map(u -> u.path.startsWith(viewerPath)).orElse(false);
    }
}
