package vn.thidua.command.testing;

import java.util.Map;
import java.util.UUID;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.orgunit.OrgUnitId;

/** The metadata the gateway adds to every command (A2); fixtures dispatch without the gateway, so tests add it. */
public final class ActingFor {

    private ActingFor() {
    }

    public static Map<String, Object> actingFor(OrgUnitId unit) {
        return actingFor(unit.value());
    }

    /** Takes a bare string so tests can act for pseudo-units such as the system unit. */
    public static Map<String, Object> actingFor(String unit) {
        return Map.of(MetadataKeys.ACTOR, "can-bo@" + unit,
                MetadataKeys.ACTOR_UNIT, unit,
                MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString());
    }
}
