package vn.thidua.command.title;

import java.util.List;
import java.util.Optional;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.title.TitleStandard;

/** The standards each collective registered for a title and year: what the recognising body may score (T1). */
public interface TitleRegistrations {

    Optional<List<TitleStandard>> find(CampaignId campaignId, RegistrationId registrationId, AwardType awardType, int year);
}
