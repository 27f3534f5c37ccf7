package vn.thidua.api.report;

/** Registrations of one participant kind (COLLECTIVE, INDIVIDUAL) made and withdrawn in the window. */
public record KindCount(String kind, long registered, long withdrawn) {
}
