package vn.thidua.api.achievement;

/** How far a recognised initiative (sáng kiến) reaches, from narrowest to widest. */
public enum InitiativeScope {
    UNIT,
    PROVINCE,
    NATIONAL;

    public boolean atLeast(InitiativeScope other) {
        return compareTo(other) >= 0;
    }
}
