package vn.thidua.api.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/** Opens a periodic report, the sơ kết or the tổng kết of {@code year} (C5). */
public record OpenReview(@TargetAggregateIdentifier CampaignId campaignId,
                         ReviewId reviewId,
                         ReviewKind kind,
                         int year,
                         String title) {

    public OpenReview {
        Require.present(campaignId, "campaignId");
        Require.present(reviewId, "reviewId");
        Require.present(kind, "kind");
        title = Require.optionalText(title, "title");
    }
}
