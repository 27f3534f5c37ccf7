package vn.thidua.api.campaign;

import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;

/**
 * Who takes part: a collective (a unit) or an individual (a person of a unit). For an individual the unit is the
 * person's unit, filled in by the command side when it records the registration.
 */
public record Participant(TargetKind kind, OrgUnitId unitId, PersonId personId) {

    public Participant {
        if (kind == null) {
            throw new IllegalArgumentException("participant.kind is required");
        }
        if (kind == TargetKind.COLLECTIVE && (unitId == null || personId != null)) {
            throw new IllegalArgumentException("a COLLECTIVE participant names a unitId and no personId");
        }
        if (kind == TargetKind.INDIVIDUAL && personId == null) {
            throw new IllegalArgumentException("an INDIVIDUAL participant names a personId");
        }
    }

    public static Participant collective(OrgUnitId unitId) {
        return new Participant(TargetKind.COLLECTIVE, unitId, null);
    }

    public static Participant individual(PersonId personId, OrgUnitId unitId) {
        return new Participant(TargetKind.INDIVIDUAL, unitId, personId);
    }

    /** The same participant whatever unit is recorded for a person: the key of "one registration each" (C4). */
    public String key() {
        return kind == TargetKind.COLLECTIVE ? "unit:" + unitId : "person:" + personId;
    }

    public Participant withUnit(OrgUnitId unit) {
        return new Participant(kind, unit, personId);
    }
}
