package vn.thidua.api.campaign;

import java.util.List;

import vn.thidua.api.Require;

/** Who competes (collectives or individuals), under which theme (chủ đề), by which criteria (C1). */
public record Target(TargetKind kind, String theme, List<Criterion> criteria) {

    public Target {
        Require.present(kind, "target.kind");
        theme = Require.optionalText(theme, "target.theme");
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
