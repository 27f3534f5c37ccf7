package vn.thidua.api.award;

import java.util.List;

import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.orgunit.OrgUnitId;

/** The quotas of a campaign's award plan and their use; a revoked grant no longer uses its slot (D3, D4). */
public record CampaignQuota(CampaignId campaignId, OrgUnitId issuerId, List<Item> items) {

    /**
     * One quota. {@code limit} is the plan's number, or {@code percent} % of the {@code percentOfGranted} live
     * grants of {@code percentOf}; {@code free} is what any nominee may still take, beyond which only the reserved
     * shares' own free slots are left.
     */
    public record Item(AwardType awardType, TargetKind targetKind, int limit, Integer percent, AwardType percentOf,
                       Integer percentOfGranted, int used, int free, List<Share> reserved) {
    }

    /** "Trong đó … dành cho …": slots only nominees of {@code category} may take. */
    public record Share(String category, int reserved, int used, int free) {
    }
}
