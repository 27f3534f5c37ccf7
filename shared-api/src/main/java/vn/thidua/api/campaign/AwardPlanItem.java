package vn.thidua.api.campaign;

import vn.thidua.api.Require;
import vn.thidua.api.award.AwardType;

/** An award the plan grants (with its quota, when the issuer decides it) or proposes upwards (no quota) (C1). */
public record AwardPlanItem(AwardType awardType, TargetKind targetKind, Quota quota) {

    public AwardPlanItem {
        Require.present(awardType, "award.awardType");
        Require.present(targetKind, "award.targetKind");
    }
}
