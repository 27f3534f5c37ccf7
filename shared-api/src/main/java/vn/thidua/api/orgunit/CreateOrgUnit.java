package vn.thidua.api.orgunit;

import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;
import vn.thidua.api.award.AwardType;

/**
 * Creates a unit (U1). {@code parentId} is absent only for a NATIONAL unit; {@code authority} absent means the
 * defaults for the unit's level and kind (DESIGN §5). {@code abbreviation} ends plan and decision numbers
 * ({@code 117/KH-LĐLĐ}, {@code 125/QĐ-LĐLĐ}).
 */
public record CreateOrgUnit(@TargetAggregateIdentifier OrgUnitId unitId,
                            String name,
                            String abbreviation,
                            Level level,
                            UnitKind kind,
                            OrgUnitId parentId,
                            String category,
                            Set<AwardType> authority) {

    public CreateOrgUnit {
        Require.present(unitId, "unitId");
        name = Require.text(name, "name");
        abbreviation = Require.text(abbreviation, "abbreviation");
        Require.present(level, "level");
        Require.present(kind, "kind");
        category = Require.optionalText(category, "category");
        authority = authority == null ? null : Set.copyOf(authority);
    }
}
