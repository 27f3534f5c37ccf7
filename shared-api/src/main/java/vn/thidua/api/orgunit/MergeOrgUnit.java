package vn.thidua.api.orgunit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/**
 * Merges a unit into a surviving unit (U2): the merged unit takes no further change, and its children and the
 * work pending at it now belong to the survivor, while everything already recorded keeps naming the merged unit.
 */
public record MergeOrgUnit(@TargetAggregateIdentifier OrgUnitId unitId, OrgUnitId survivorId) {

    public MergeOrgUnit {
        Require.present(unitId, "unitId");
        Require.present(survivorId, "survivorId");
    }
}
