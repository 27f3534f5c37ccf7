package vn.thidua.api.title;

import java.util.Map;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.RegistrationId;

/** The unit's own points per registered criterion for the title and year; it does not decide recognition (T3). */
public record SelfAssessmentRecorded(CampaignId campaignId,
                                     RegistrationId registrationId,
                                     AwardType awardType,
                                     int year,
                                     Map<String, Integer> scores,
                                     int total,
                                     String remarks) {
}
