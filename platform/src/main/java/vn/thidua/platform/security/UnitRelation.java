package vn.thidua.platform.security;

/**
 * Where the acting user's unit must stand relative to the unit an action is about. The filter checks roles only;
 * the relation needs data (where a proposal is pending, the hierarchy as it stands), so the aggregates enforce it on
 * the command side and the projections on the query side, each refusing with 403 and the rule it names.
 */
public enum UnitRelation {
    /** The target unit itself: the plan's issuer, the unit a proposal is pending at, the deciding unit. */
    OWN("own unit"),
    /** The target unit or any unit below it. An auditor at the top of the hierarchy sees every unit. */
    SUBTREE("own unit or below"),
    /** A unit strictly above the target (the target's parent or higher): a unit is changed from above. */
    ABOVE("a unit above the target"),
    /** Only a unit at the top of the hierarchy (R1: the award rules are the law's). */
    NATIONAL("national level only"),
    /** About no unit in particular: system-wide operations and one's own report jobs. */
    ANY("any unit");

    private final String description;

    UnitRelation(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
