package vn.thidua.command.orgunit;

import java.util.Map;
import java.util.Set;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.UnitKind;

/**
 * The award types a new unit may decide when its creator names none (U1, DESIGN §5): part of the published rule
 * set, looked up by {@code LEVEL/KIND} first and then by {@code LEVEL}.
 */
public record AuthorityDefaults(Map<String, Set<AwardType>> defaults) {

    public AuthorityDefaults {
        defaults = defaults == null ? Map.of() : Map.copyOf(defaults);
        defaults.keySet().forEach(AuthorityDefaults::requireKnownKey);
    }

    /** A misspelt key would silently give new units no authority at all. */
    private static void requireKnownKey(String key) {
        String[] parts = key.split("/", -1);
        try {
            Level.valueOf(parts[0]);
            if (parts.length == 2) {
                UnitKind.valueOf(parts[1]);
            } else if (parts.length > 2) {
                throw new IllegalArgumentException(key);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("authority.defaults key '" + key + "' is neither a LEVEL nor [LEVEL/KIND]");
        }
    }

    public Set<AwardType> forUnit(Level level, UnitKind kind) {
        Set<AwardType> specific = defaults.get(level + "/" + kind);
        return specific != null ? specific : defaults.getOrDefault(level.name(), Set.of());
    }
}
