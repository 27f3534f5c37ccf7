package vn.thidua.api.campaign;

import vn.thidua.api.Require;
import vn.thidua.api.award.AwardType;

/**
 * A nominee named when a review concludes, with the award proposed for it (C7). {@code outstanding} marks an
 * outstanding achievement in the campaign (Law 06/2022 Art. 73(1)(a)), with its justification; absent means no.
 */
public record Nomination(RegistrationId registrationId, AwardType awardType, Boolean outstanding, String justification) {

    public Nomination {
        Require.present(registrationId, "nomination.registrationId");
        Require.present(awardType, "nomination.awardType");
        outstanding = Boolean.TRUE.equals(outstanding);
        justification = Require.optionalText(justification, "nomination.justification");
        if (outstanding && justification == null) {
            throw new IllegalArgumentException("an outstanding achievement needs its justification");
        }
    }
}
