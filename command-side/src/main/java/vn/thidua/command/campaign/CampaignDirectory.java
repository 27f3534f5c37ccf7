package vn.thidua.command.campaign;

import java.util.List;
import java.util.Optional;

import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignState;
import vn.thidua.api.campaign.Period;
import vn.thidua.api.orgunit.OrgUnitId;

/**
 * The campaigns the command side knows, kept in the transaction of their events: the set-based rules across
 * campaigns (a plan number once per issuer, C1; a cascade inside a live parent, C2) read it.
 */
public interface CampaignDirectory {

    record Entry(CampaignId campaignId, OrgUnitId issuerId, String planNumber, CampaignState.Status status,
                 Period period, CampaignId parentCampaignId) {
    }

    Optional<Entry> find(CampaignId campaignId);

    boolean planNumberTaken(OrgUnitId issuerId, String planNumber);

    List<Entry> childrenOf(CampaignId campaignId);
}
