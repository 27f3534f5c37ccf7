package vn.thidua.command.proposal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;

/** The P7 claims as a map filled by the test: who already holds a nominee for an award in a campaign. */
final class InMemoryNomineeClaims implements NomineeClaims {

    private final Map<String, String> holders = new HashMap<>();

    InMemoryNomineeClaims claim(CampaignId campaignId, Participant participant, AwardType awardType, String holder) {
        holders.put(key(campaignId, participant, awardType), holder);
        return this;
    }

    @Override
    public Optional<String> holder(CampaignId campaignId, Participant participant, AwardType awardType) {
        return Optional.ofNullable(holders.get(key(campaignId, participant, awardType)));
    }

    private static String key(CampaignId campaignId, Participant participant, AwardType awardType) {
        return campaignId + "/" + participant.key() + "/" + awardType;
    }
}
