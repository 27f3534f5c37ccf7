package vn.thidua.command.orgunit;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.orgunit.OrgUnitId;

/** Where in the hierarchy the acting unit stands relative to the unit it acts on. */
public final class UnitAuthorization {

    /** The acting unit of start-up tasks; deliberately not a valid {@link OrgUnitId}. */
    public static final String SYSTEM_UNIT = "_system";

    private UnitAuthorization() {
    }

    public static boolean isSystem(String actorUnit) {
        return SYSTEM_UNIT.equals(actorUnit);
    }

    public static void requireSystem(String actorUnit, String rule, String detail) {
        if (!isSystem(actorUnit)) {
            throw RuleViolationException.forbidden(rule, detail);
        }
    }

    /** Only the users of {@code unit} (or the system) act; {@code detail} says who may. */
    public static void requireActingFor(String actorUnit, OrgUnitId unit, String rule, String detail) {
        if (!isSystem(actorUnit) && !unit.value().equals(actorUnit)) {
            throw RuleViolationException.forbidden(rule, detail + " (you act for " + actorUnit + ")");
        }
    }

    private static boolean isUnitId(String actorUnit) {
        try {
            new OrgUnitId(actorUnit);
            return true;
        } catch (IllegalArgumentException notAUnit) {
            return false;
        }
    }

    public static void requireAncestorOrSelf(UnitDirectory directory, String actorUnit, OrgUnitId unit, String rule,
                                             String detail) {
        if (isSystem(actorUnit)) {
            return;
        }
        if (!isUnitId(actorUnit) || !directory.isAncestorOrSelf(new OrgUnitId(actorUnit), unit)) {
            throw RuleViolationException.forbidden(rule, detail + " (you act for " + actorUnit + ")");
        }
    }
}
