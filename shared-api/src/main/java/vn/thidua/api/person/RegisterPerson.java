package vn.thidua.api.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;
import vn.thidua.api.orgunit.OrgUnitId;

/** A cán bộ, công chức, viên chức or member: a person of a unit, so registers and records find them again. */
public record RegisterPerson(@TargetAggregateIdentifier PersonId personId,
                             String fullName,
                             OrgUnitId unitId,
                             String position,
                             String category) {

    public RegisterPerson {
        Require.present(personId, "personId");
        fullName = Require.text(fullName, "fullName");
        Require.present(unitId, "unitId");
        position = Require.optionalText(position, "position");
        category = Require.optionalText(category, "category");
    }
}
