package vn.thidua.query.review;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignReviews;
import vn.thidua.api.campaign.CampaignReviewsQuery;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.campaign.ReviewResults;
import vn.thidua.api.campaign.ReviewResultsQuery;
import vn.thidua.platform.axon.Queries;
import vn.thidua.platform.security.CurrentUser;

/** A plan's reviews and each review's results, for whom the plan is visible. */
@RestController
@Tag(name = "campaigns")
class ReviewQueryController {

    private final Queries queries;

    ReviewQueryController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/campaigns/{id}/reviews")
    @Operation(summary = "the reviews a plan opened, by year: id, kind, year, title, open or concluded")
    CampaignReviews list(@PathVariable CampaignId id) {
        return queries.ask(new CampaignReviewsQuery(CurrentUser.viewer(), id), CampaignReviews.class);
    }

    @GetMapping("/api/campaigns/{id}/reviews/{reviewId}")
    @Operation(summary = "a review: kind, year, open or concluded, how many got each rating, each evaluated "
            + "registration with its rating, and the nominees named at conclusion with their eligibility route")
    ReviewResults get(@PathVariable CampaignId id, @PathVariable ReviewId reviewId) {
        return queries.ask(new ReviewResultsQuery(CurrentUser.viewer(), id, reviewId), ReviewResults.class);
    }
}
