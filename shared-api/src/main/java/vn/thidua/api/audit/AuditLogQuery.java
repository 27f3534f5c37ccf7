package vn.thidua.api.audit;

import java.time.Instant;

import vn.thidua.api.Require;
import vn.thidua.api.Viewer;
import vn.thidua.api.orgunit.OrgUnitId;

/**
 * The audit log as {@code viewer} may see it, newest first; every filter is optional. {@code unit} keeps the events
 * whose actors act for that unit or a unit below it; {@code aggregate} is an aggregate's id, {@code type} an event's
 * simple class name, {@code actor} a user name; {@code from} is inclusive and {@code to} exclusive.
 */
public record AuditLogQuery(Viewer viewer, OrgUnitId unit, String aggregate, String type, String actor, Instant from,
                            Instant to, int page, int size) {

    public AuditLogQuery {
        Require.present(viewer, "viewer");
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("'from' must be before 'to'");
        }
    }
}
