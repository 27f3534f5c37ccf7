package vn.thidua.api.title;

import java.util.List;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.RegistrationId;

/**
 * The standards and criteria a collective committed to for a title and year, with each criterion's maximum as the
 * scheme of rule set {@code ruleSetVersion} gave it: what self-scoring and the recognising body score against (T1).
 */
public record TitleStandardsRegistered(CampaignId campaignId,
                                       RegistrationId registrationId,
                                       Participant participant,
                                       AwardType awardType,
                                       int year,
                                       List<TitleStandard> standards,
                                       String ruleSetVersion) {
}
