package vn.thidua.command.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.command.campaign.CampaignDirectory;

/** The campaign directory as a map filled by the test instead of by campaign events. */
public final class InMemoryCampaignDirectory implements CampaignDirectory {

    // Insertion order keeps childrenOf deterministic.
    private final Map<CampaignId, Entry> campaigns = new LinkedHashMap<>();

    public InMemoryCampaignDirectory add(Entry entry) {
        campaigns.put(entry.campaignId(), entry);
        return this;
    }

    public InMemoryCampaignDirectory remove(CampaignId campaignId) {
        campaigns.remove(campaignId);
        return this;
    }

    @Override
    public Optional<Entry> find(CampaignId campaignId) {
        return Optional.ofNullable(campaigns.get(campaignId));
    }

    @Override
    public boolean planNumberTaken(OrgUnitId issuerId, String planNumber) {
        return campaigns.values().stream()
                .anyMatch(c -> c.issuerId().equals(issuerId) && c.planNumber().equals(planNumber));
    }

    @Override
    public List<Entry> childrenOf(CampaignId campaignId) {
        return campaigns.values().stream().filter(c -> Objects.equals(c.parentCampaignId(), campaignId)).toList();
    }
}
