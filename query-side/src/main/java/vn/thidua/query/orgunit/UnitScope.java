package vn.thidua.query.orgunit;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.thidua.api.Viewer;
import vn.thidua.api.orgunit.OrgUnitId;

/**
 * What a viewer may see: its own unit and everything below it, by the hierarchy as it stands now; an auditor at
 * the top of the hierarchy (the national level) sees everything.
 */
@Component
public class UnitScope {

    private final UnitViews units;

    UnitScope(UnitViews units) {
        this.units = units;
    }

    /** Whether {@code viewer} may see what belongs to {@code unit}. */
    public boolean sees(Viewer viewer, OrgUnitId unit) {
        return seesEverything(viewer) || isWithin(viewer.unitId(), unit);
    }

    /** Only the national auditor: a ministry's auditor sees its sector tree, which is its subtree. */
    public boolean seesEverything(Viewer viewer) {
        return viewer.auditor() && units.findById(viewer.unitId().value()).map(v -> v.parentId == null).orElse(false);
    }

    /**
     * The path prefix of the viewer's subtree, for a list to filter on in SQL ({@code q_unit.path like prefix%}), or
     * empty when the viewer sees everything. A viewer whose unit is unknown here sees nothing: a prefix no path has.
     */
    public Optional<String> subtreePrefix(Viewer viewer) {
        if (seesEverything(viewer)) {
            return Optional.empty();
        }
        return Optional.of(units.findById(viewer.unitId().value()).map(v -> v.path).orElse("//none/"));
    }

    public boolean isWithin(OrgUnitId viewer, OrgUnitId unit) {
        String viewerPath = units.findById(viewer.value()).map(v -> v.path).orElse(null);
        return viewerPath != null && units.findById(unit.value()).map(u -> u.path.startsWith(viewerPath)).orElse(false);
    }
}
