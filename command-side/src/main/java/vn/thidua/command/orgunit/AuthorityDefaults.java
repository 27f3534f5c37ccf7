package vn.thidua.command.orgunit;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.UnitKind;

/**
 * The award types a new unit may decide when its creator names none (U1, DESIGN §5): data in
 * {@code thidua-command.yml}, looked up by {@code LEVEL/KIND} first and then by {@code LEVEL}.
 */
@ConfigurationProperties("thidua.authority")
public record AuthorityDefaults(Map<String, Set<AwardType>> defaults) {

    public AuthorityDefaults {
        defaults = defaults == null ? Map.of() : Map.copyOf(defaults);
    }

    public Set<AwardType> forUnit(Level level, UnitKind kind) {
        Set<AwardType> specific = defaults.get(level + "/" + kind);
        return specific != null ? specific : defaults.getOrDefault(level.name(), Set.of());
    }
}
