package vn.thidua.command.proposal;

import java.util.Optional;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;

/**
 * P7: a nominee is pending in, or granted by, at most one proposal or decision per award type and campaign. The
 * claims table has a unique key on exactly that, written in the command's transaction, so two concurrent tries
 * cannot both pass.
 */
public interface NomineeClaims {

    /** Who holds the claim now (a proposal id or a grant id), if anyone. */
    Optional<String> holder(CampaignId campaignId, Participant participant, AwardType awardType);
}
