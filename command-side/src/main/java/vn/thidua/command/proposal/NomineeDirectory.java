package vn.thidua.command.proposal;

import java.util.Optional;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.ReviewId;

/** The nominees of concluded reviews, which proposals (P1) and direct decisions (D1) may only be made for. */
public interface NomineeDirectory {

    record Entry(CampaignId campaignId, ReviewId reviewId, RegistrationId registrationId, Participant participant,
                 AwardType awardType, Rating rating, int year, boolean usedInitiative, boolean outstanding) {
    }

    Optional<Entry> find(CampaignId campaignId, ReviewId reviewId, RegistrationId registrationId, AwardType awardType);
}
