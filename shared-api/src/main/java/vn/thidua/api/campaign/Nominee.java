package vn.thidua.api.campaign;

import vn.thidua.api.award.AwardType;

/** A nominee as concluded: who, for which award, and by which eligibility route of DESIGN §5. */
public record Nominee(RegistrationId registrationId,
                      Participant participant,
                      AwardType awardType,
                      Rating rating,
                      String eligibilityRoute,
                      boolean usedInitiative,
                      boolean outstanding,
                      String justification) {
}
