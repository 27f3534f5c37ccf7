package vn.thidua.query.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignLaunched;
import vn.thidua.api.campaign.Nominee;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.campaign.RegistrationEvaluated;
import vn.thidua.api.campaign.RegistrationWithdrawn;
import vn.thidua.api.campaign.ReviewConcluded;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.campaign.ReviewOpened;
import vn.thidua.api.campaign.ReviewResults;
import vn.thidua.api.campaign.ReviewResultsQuery;
import vn.thidua.query.campaign.PlanVisibility;

/** The results of each review (DESIGN §6), for the councils: how the registrations were rated, and the nominees. */
@Component
@ProcessingGroup(ReviewResultsProjection.PROCESSING_GROUP)
class ReviewResultsProjection {

    static final String PROCESSING_GROUP = "review-results";

    private final ReviewViews reviews;
    private final ReviewPlanViews plans;
    private final ReviewRatingViews ratings;
    private final ReviewNomineeViews nominees;
    private final PlanVisibility visibility;

    ReviewResultsProjection(ReviewViews reviews, ReviewPlanViews plans, ReviewRatingViews ratings,
                            ReviewNomineeViews nominees, PlanVisibility visibility) {
        this.reviews = reviews;
        this.plans = plans;
        this.ratings = ratings;
        this.nominees = nominees;
        this.visibility = visibility;
    }

    @ResetHandler
    void reset() {
        nominees.deleteAllInBatch();
        ratings.deleteAllInBatch();
        reviews.deleteAllInBatch();
        plans.deleteAllInBatch();
    }

    @EventHandler
    void on(CampaignLaunched event) {
        if (!plans.findById(event.campaignId().value()).isPresent()) {
            plans.save(new ReviewPlanView(event.campaignId().value(), event.issuerId().value(),
                    event.parentCampaignId() == null ? null : event.parentCampaignId().value()));
        }
    }

    @EventHandler
    void on(ReviewOpened event) {
        if (reviews.findById(ReviewView.key(event.campaignId().value(), event.reviewId().value())).isPresent()) {
            return;
        }
        ReviewView review = new ReviewView(event.campaignId().value(), event.reviewId().value());
        review.kind = event.kind();
        review.reviewYear = event.year();
        review.title = event.title();
        review.status = ReviewResults.Status.OPEN;
        reviews.save(review);
    }

    /**
     * Evaluations come only while their review is open (C6): one arriving after the conclusion is a repeated delivery,
     * and must not bring back a rating the conclusion or a withdrawal removed.
     */
    @EventHandler
    void on(RegistrationEvaluated event, @SequenceNumber long sequence) {
        boolean concluded = reviews.findById(ReviewView.key(event.campaignId().value(), event.reviewId().value()))
                .map(review -> review.status == ReviewResults.Status.CONCLUDED).orElse(false);
        if (!concluded) {
            rate(event, sequence);
        }
    }

    /**
     * A withdrawn registration leaves no rating behind in the open review (C6), as the aggregate counts it. The row
     * stays, without a rating and at the withdrawal's sequence, so that a repeated earlier evaluation finds it newer.
     */
    @EventHandler
    void on(RegistrationWithdrawn event, @SequenceNumber long sequence) {
        ratings.findByCampaignIdAndRegistrationId(event.campaignId().value(), event.registrationId().value()).stream()
                .filter(rating -> rating.lastSequence < sequence)
                .filter(rating -> reviews.findById(ReviewView.key(rating.campaignId, rating.reviewId))
                        .map(review -> review.status == ReviewResults.Status.OPEN).orElse(false))
                .forEach(rating -> {
                    rating.rating = null;
                    rating.remarks = null;
                    rating.lastSequence = sequence;
                    ratings.save(rating);
                });
    }

    /** The concluded ratings are the review's final word: they replace whatever the evaluations left. */
    @EventHandler
    void on(ReviewConcluded event, @SequenceNumber long sequence) {
        String campaignId = event.campaignId().value();
        String reviewId = event.reviewId().value();
        reviews.findById(ReviewView.key(campaignId, reviewId))
                .ifPresent(review -> review.status = ReviewResults.Status.CONCLUDED);
        Set<String> rated = event.ratings().stream().map(rating -> rating.registrationId().value())
                .collect(Collectors.toSet());
        ratings.findByCampaignIdAndReviewIdOrderByRegistrationId(campaignId, reviewId).stream()
                .filter(rating -> !rated.contains(rating.registrationId))
                .forEach(ratings::delete);
        event.ratings().forEach(rating -> rate(rating, sequence));
        List<Nominee> named = event.nominees();
        for (int i = 0; i < named.size(); i++) {
            ReviewNomineeView nominee = new ReviewNomineeView(campaignId, reviewId, i, named.get(i));
            if (!nominees.findById(nominee.nomineeKey).isPresent()) {
                nominees.save(nominee);
            }
        }
    }

    @QueryHandler
    ReviewResults handle(ReviewResultsQuery query) {
        ReviewPlanView plan = plans.findById(query.campaignId().value()).orElseThrow(() ->
                RuleViolationException.notFound("C1", "campaign " + query.campaignId() + " does not exist"));
        ReviewView review = reviews.findById(ReviewView.key(plan.campaignId, query.reviewId().value())).orElseThrow(() ->
                RuleViolationException.notFound("C5", "review " + query.reviewId() + " does not exist in "
                        + query.campaignId()));
        boolean visible = visibility.sees(query.viewer(), plan.campaignId, plan.issuerId,
                unit -> plans.findByIssuerId(unit).stream().map(p -> p.campaignId).toList(),
                id -> plans.findById(id).map(p -> p.parentCampaignId));
        if (!visible) {
            throw RuleViolationException.forbidden("SCOPE", "campaign " + query.campaignId() + " of " + plan.issuerId
                    + " is outside the subtree of your unit " + query.viewer().unitId()
                    + " and none of its plans implements it");
        }
        List<ReviewResults.Evaluation> evaluations = ratings
                .findByCampaignIdAndReviewIdOrderByRegistrationId(plan.campaignId, review.reviewId).stream()
                .filter(rating -> rating.rating != null).map(ReviewRatingView::evaluation).toList();
        Map<Rating, Integer> distribution = new LinkedHashMap<>();
        for (Rating rating : Rating.values()) {
            distribution.put(rating, 0);
        }
        evaluations.forEach(evaluation -> distribution.merge(evaluation.rating(), 1, Integer::sum));
        return new ReviewResults(new CampaignId(plan.campaignId), new ReviewId(review.reviewId), review.kind,
                review.reviewYear, review.title, review.status, distribution, evaluations,
                nominees.findByCampaignIdAndReviewIdOrderByNomineeIndex(plan.campaignId, review.reviewId).stream()
                        .map(ReviewNomineeView::nominee).toList());
    }

    private void rate(RegistrationEvaluated event, long sequence) {
        String key = ReviewView.key(event.campaignId().value(), event.reviewId().value(),
                event.registrationId().value());
        ReviewRatingView rating = ratings.findById(key).orElseGet(() -> new ReviewRatingView(
                event.campaignId().value(), event.reviewId().value(), event.registrationId().value()));
        if (rating.lastSequence >= sequence) {
            return;
        }
        rating.participant(event.participant());
        rating.rating = event.rating();
        rating.remarks = event.remarks();
        rating.lastSequence = sequence;
        ratings.save(rating);
    }
}
