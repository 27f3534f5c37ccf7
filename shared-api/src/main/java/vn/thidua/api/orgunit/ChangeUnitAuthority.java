package vn.thidua.api.orgunit;

import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;
import vn.thidua.api.award.AwardType;

/** Replaces the award types a unit may decide itself (U1), e.g. a province taking over a dissolved district's. */
public record ChangeUnitAuthority(@TargetAggregateIdentifier OrgUnitId unitId, Set<AwardType> authority) {

    public ChangeUnitAuthority {
        Require.present(unitId, "unitId");
        authority = Set.copyOf(Require.present(authority, "authority"));
    }
}
