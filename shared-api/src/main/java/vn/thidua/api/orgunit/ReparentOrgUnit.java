package vn.thidua.api.orgunit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/** Moves a unit under another parent (U2), e.g. a commune to its province when its district is dissolved. */
public record ReparentOrgUnit(@TargetAggregateIdentifier OrgUnitId unitId, OrgUnitId newParentId) {

    public ReparentOrgUnit {
        Require.present(unitId, "unitId");
        Require.present(newParentId, "newParentId");
    }
}
