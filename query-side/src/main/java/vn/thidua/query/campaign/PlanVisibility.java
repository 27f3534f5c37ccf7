package vn.thidua.query.campaign;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.thidua.api.Viewer;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.query.orgunit.UnitScope;

/**
 * Who may read a plan and what hangs off it (its reviews): its issuer's subtree, an auditor, and the issuer of any
 * plan cascaded below it, since a child plan implements its parent and reports to it (C2, C9). Each view asks with
 * its own copy of the cascade, so that it answers from its own tables however far the other views got.
 */
@Component
public class PlanVisibility {

    private final UnitScope scope;

    PlanVisibility(UnitScope scope) {
        this.scope = scope;
    }

    /**
     * @param plansIssuedBy the ids of the plans a unit issued
     * @param parentOf      the plan a plan implements, if any
     */
    public boolean sees(Viewer viewer, String campaignId, String issuerId, Function<String, List<String>> plansIssuedBy,
                        Function<String, Optional<String>> parentOf) {
        if (scope.sees(viewer, new OrgUnitId(issuerId))) {
            return true;
        }
        for (String own : plansIssuedBy.apply(viewer.unitId().value())) {
            for (Optional<String> up = parentOf.apply(own); up.isPresent(); up = parentOf.apply(up.get())) {
                if (up.get().equals(campaignId)) {
                    return true;
                }
            }
        }
        return false;
    }
}
