package vn.thidua.api.decision;

import vn.thidua.api.Require;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.RegistrationId;

/** A nominee of the unit's own concluded review and the award the unit grants it within its authority (D1). */
public record DirectGrant(RegistrationId registrationId, AwardType awardType) {

    public DirectGrant {
        Require.present(registrationId, "grant.registrationId");
        Require.present(awardType, "grant.awardType");
    }
}
