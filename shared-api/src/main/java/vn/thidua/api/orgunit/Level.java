package vn.thidua.api.orgunit;

/** Administrative height of a unit (DESIGN §3); a parent is always strictly higher than its child (U1). */
public enum Level {
    COMMUNE,
    DISTRICT,
    PROVINCE,
    MINISTRY,
    NATIONAL;

    public boolean isAbove(Level other) {
        return compareTo(other) > 0;
    }
}
