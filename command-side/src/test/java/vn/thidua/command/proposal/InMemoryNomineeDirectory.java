package vn.thidua.command.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.ReviewId;

/** The nominees of concluded reviews, as the test names them instead of {@code ReviewConcluded} events. */
final class InMemoryNomineeDirectory implements NomineeDirectory {

    private final List<Entry> nominees = new ArrayList<>();

    InMemoryNomineeDirectory add(Entry entry) {
        nominees.add(entry);
        return this;
    }

    @Override
    public Optional<Entry> find(CampaignId campaignId, ReviewId reviewId, RegistrationId registrationId,
                                AwardType awardType) {
        return nominees.stream()
                .filter(n -> n.campaignId().equals(campaignId) && n.reviewId().equals(reviewId)
                        && n.registrationId().equals(registrationId) && n.awardType() == awardType)
                .findFirst();
    }
}
