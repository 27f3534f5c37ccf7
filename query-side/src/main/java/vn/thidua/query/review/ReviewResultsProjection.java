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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignLaunched;
import vn.thidua.api.campaign.Nominee;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.campaign.RegistrationEvaluated;
import vn.thidua.api.campaign.RegistrationWithdrawn;
import vn.thidua.api.campaign.ReviewConcluded;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.campaign.ReviewOpened;
import vn.thidua.api.campaign.ReviewResults;
import vn.thidua.api.campaign.ReviewResultsQuery;

/** The results of each review (DESIGN §6), for the councils: how the registrations were rated, and the nominees. */
@Component
@ProcessingGroup(ReviewResultsProjection.PROCESSING_GROUP)
class ReviewResultsProjection {

    static final String PROCESSING_GROUP = "review-results";

    private final ReviewViews reviews;
    private final ReviewRatingViews ratings;
    private final ReviewNomineeViews nominees;
    private final ReviewPlanAccess access;
    private final JdbcClient jdbc;

    ReviewResultsProjection(ReviewViews reviews, ReviewRatingViews ratings, ReviewNomineeViews nominees,
                            ReviewPlanAccess access, JdbcClient jdbc) {
        this.reviews = reviews;
        this.ratings = ratings;
        this.nominees = nominees;
        this.access = access;
        this.jdbc = jdbc;
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("q_review_nominee", "q_review_rating", "q_review", "q_review_plan")) {
            jdbc.sql("delete from " + table).update();
        }
    }

    /*
     * The handlers write with plain SQL that is idempotent by itself (insert when absent, update when older), not
     * through JPA: a rebuild rates a registration for a large share of the store's events, and loading entities to
     * merge them costs several statements each where one or two are enough.
     */

    @EventHandler
    void on(CampaignLaunched event) {
        jdbc.sql("""
                        insert into q_review_plan (campaign_id, issuer_id, parent_campaign_id) select ?, ?, ?
                        where not exists (select 1 from q_review_plan where campaign_id = ?)""")
                .params(event.campaignId().value(), event.issuerId().value(),
                        event.parentCampaignId() == null ? null : event.parentCampaignId().value(),
                        event.campaignId().value())
                .update();
    }

    @EventHandler
    void on(ReviewOpened event) {
        String key = ReviewView.key(event.campaignId().value(), event.reviewId().value());
        jdbc.sql("""
                        insert into q_review (review_key, campaign_id, review_id, kind, review_year, title, status)
                        select ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from q_review where review_key = ?)""")
                .params(key, event.campaignId().value(), event.reviewId().value(), event.kind().name(), event.year(),
                        event.title(), ReviewResults.Status.OPEN.name(), key)
                .update();
    }

    /**
     * Evaluations come only while their review is open (C6): one arriving after the conclusion is a repeated delivery,
     * and must not bring back a rating the conclusion or a withdrawal removed.
     */
    @EventHandler
    void on(RegistrationEvaluated event, @SequenceNumber long sequence) {
        boolean concluded = !jdbc.sql("select 1 from q_review where review_key = ? and status = ?")
                .params(ReviewView.key(event.campaignId().value(), event.reviewId().value()),
                        ReviewResults.Status.CONCLUDED.name())
                .query().listOfRows().isEmpty();
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
        jdbc.sql("""
                        update q_review_rating set rating = null, remarks = null, last_sequence = ?
                        where campaign_id = ? and registration_id = ? and last_sequence < ?
                        and exists (select 1 from q_review review where review.campaign_id = q_review_rating.campaign_id
                            and review.review_id = q_review_rating.review_id and review.status = ?)""")
                .params(sequence, event.campaignId().value(), event.registrationId().value(), sequence,
                        ReviewResults.Status.OPEN.name())
                .update();
    }

    /** The concluded ratings are the review's final word: they replace whatever the evaluations left. */
    @EventHandler
    void on(ReviewConcluded event, @SequenceNumber long sequence) {
        String campaignId = event.campaignId().value();
        String reviewId = event.reviewId().value();
        jdbc.sql("update q_review set status = ? where review_key = ?")
                .params(ReviewResults.Status.CONCLUDED.name(), ReviewView.key(campaignId, reviewId)).update();
        Set<String> rated = event.ratings().stream().map(rating -> rating.registrationId().value())
                .collect(Collectors.toSet());
        jdbc.sql("select registration_id from q_review_rating where campaign_id = ? and review_id = ?")
                .params(campaignId, reviewId).query(String.class).list().stream()
                .filter(registrationId -> !rated.contains(registrationId))
                .forEach(registrationId -> jdbc.sql("delete from q_review_rating where rating_key = ?")
                        .param(ReviewView.key(campaignId, reviewId, registrationId)).update());
        event.ratings().forEach(rating -> rate(rating, sequence));
        List<Nominee> named = event.nominees();
        for (int index = 0; index < named.size(); index++) {
            nominate(campaignId, reviewId, index, named.get(index));
        }
    }

    @QueryHandler
    ReviewResults handle(ReviewResultsQuery query) {
        ReviewPlanView plan = access.requireVisible(query.viewer(), query.campaignId());
        ReviewView review = reviews.findById(ReviewView.key(plan.campaignId, query.reviewId().value())).orElseThrow(() ->
                RuleViolationException.notFound("C5", "review " + query.reviewId() + " does not exist in "
                        + query.campaignId()));
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

    /** The newer rating wins: an update when the row is older, an insert when there is none. */
    private void rate(RegistrationEvaluated event, long sequence) {
        String key = ReviewView.key(event.campaignId().value(), event.reviewId().value(),
                event.registrationId().value());
        Participant participant = event.participant();
        String person = participant.personId() == null ? null : participant.personId().value();
        int updated = jdbc.sql("""
                        update q_review_rating set participant_kind = ?, participant_unit = ?, participant_person = ?,
                            rating = ?, remarks = ?, last_sequence = ?
                        where rating_key = ? and last_sequence < ?""")
                .params(participant.kind().name(), participant.unitId().value(), person, event.rating().name(),
                        event.remarks(), sequence, key, sequence)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into q_review_rating (rating_key, campaign_id, review_id, registration_id,
                                participant_kind, participant_unit, participant_person, rating, remarks, last_sequence)
                            select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                            where not exists (select 1 from q_review_rating where rating_key = ?)""")
                    .params(key, event.campaignId().value(), event.reviewId().value(), event.registrationId().value(),
                            participant.kind().name(), participant.unitId().value(), person, event.rating().name(),
                            event.remarks(), sequence, key)
                    .update();
        }
    }

    private void nominate(String campaignId, String reviewId, int index, Nominee nominee) {
        Participant participant = nominee.participant();
        String key = ReviewView.key(campaignId, reviewId, nominee.registrationId().value(), nominee.awardType().name());
        jdbc.sql("""
                        insert into q_review_nominee (nominee_key, campaign_id, review_id, nominee_index,
                            registration_id, participant_kind, participant_unit, participant_person, award_type, rating,
                            eligibility_route, used_initiative, outstanding, justification)
                        select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                        where not exists (select 1 from q_review_nominee where nominee_key = ?)""")
                .params(key, campaignId, reviewId, index, nominee.registrationId().value(), participant.kind().name(),
                        participant.unitId().value(),
                        participant.personId() == null ? null : participant.personId().value(),
                        nominee.awardType().name(), nominee.rating() == null ? null : nominee.rating().name(),
                        nominee.eligibilityRoute(), nominee.usedInitiative(), nominee.outstanding(),
                        nominee.justification(), key)
                .update();
    }
}
