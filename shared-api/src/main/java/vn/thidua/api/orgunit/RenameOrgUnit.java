package vn.thidua.api.orgunit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/** Renames a unit (U2); an absent abbreviation keeps the current one. */
public record RenameOrgUnit(@TargetAggregateIdentifier OrgUnitId unitId, String name, String abbreviation) {

    public RenameOrgUnit {
        Require.present(unitId, "unitId");
        name = Require.text(name, "name");
        abbreviation = Require.optionalText(abbreviation, "abbreviation");
    }
}
