package vn.thidua.query.review;

import java.util.Arrays;
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
import vn.thidua.query.consistency.ViewWrites;

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
    private final ViewWrites writes;
    private final ViewWrites.InsertIfAbsent planRow;
    private final ViewWrites.InsertIfAbsent reviewRow;
    private final ViewWrites.InsertIfAbsent nomineeRow;

    ReviewResultsProjection(ReviewViews reviews, ReviewRatingViews ratings, ReviewNomineeViews nominees,
                            ReviewPlanAccess access, JdbcClient jdbc, ViewWrites writes) {
        this.reviews = reviews;
        this.ratings = ratings;
        this.nominees = nominees;
        this.access = access;
        this.jdbc = jdbc;
        this.writes = writes;
        this.planRow = writes.insertIfAbsent("q_review_plan", List.of("campaign_id", "issuer_id", "parent_campaign_id"),
                "campaign_id");
        this.reviewRow = writes.insertIfAbsent("q_review", List.of("review_key", "campaign_id", "review_id", "kind",
                "review_year", "title", "status"), "review_key");
        this.nomineeRow = writes.insertIfAbsent("q_review_nominee", List.of("nominee_key", "campaign_id", "review_id",
                "nominee_index", "registration_id", "participant_kind", "participant_unit", "participant_person",
                "award_type", "rating", "eligibility_route", "used_initiative", "outstanding", "justification"),
                "nominee_key");
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("q_review_nominee", "q_review_rating", "q_review", "q_review_plan")) {
            jdbc.sql("delete from " + table).update();
        }
    }

    /*
     * The handlers write with plain SQL that is idempotent by itself (insert when absent, update when older), not
     * through JPA, and send it in JDBC batches at commit ({@link ViewWrites}): a rebuild rates a registration for a
     * large share of the store's events, and loading entities to merge them costs several statements each where one
     * is enough. A rating is one MERGE (standard SQL, which H2 2 and PostgreSQL 15 both run), so that the ratings of
     * a batch are consecutive writes of the same statement.
     */

    /** The newer rating wins: an update when the row is older, an insert when there is none. */
    private static final String RATE = """
            merge into q_review_rating r
            using (select cast(? as varchar(200)) rating_key, cast(? as varchar(64)) campaign_id,
                    cast(? as varchar(64)) review_id, cast(? as varchar(64)) registration_id,
                    cast(? as varchar(20)) participant_kind, cast(? as varchar(64)) participant_unit,
                    cast(? as varchar(64)) participant_person, cast(? as varchar(20)) rating,
                    cast(? as varchar(2000)) remarks, cast(? as bigint) last_sequence
                %s) s
            on r.rating_key = s.rating_key
            when matched and r.last_sequence < s.last_sequence then update set
                participant_kind = s.participant_kind, participant_unit = s.participant_unit,
                participant_person = s.participant_person, rating = s.rating, remarks = s.remarks,
                last_sequence = s.last_sequence
            when not matched then insert (rating_key, campaign_id, review_id, registration_id, participant_kind,
                participant_unit, participant_person, rating, remarks, last_sequence)
                values (s.rating_key, s.campaign_id, s.review_id, s.registration_id, s.participant_kind,
                    s.participant_unit, s.participant_person, s.rating, s.remarks, s.last_sequence)""";
    private static final String RATE_FINAL = RATE.formatted("");
    private static final String RATE_UNLESS_CONCLUDED = RATE.formatted(
            "where not exists (select 1 from q_review where review_key = ? and status = ?)");

    @EventHandler
    void on(CampaignLaunched event) {
        writes.add(planRow, event.campaignId().value(), event.issuerId().value(),
                event.parentCampaignId() == null ? null : event.parentCampaignId().value());
    }

    @EventHandler
    void on(ReviewOpened event) {
        String key = ReviewView.key(event.campaignId().value(), event.reviewId().value());
        writes.add(reviewRow, key, event.campaignId().value(), event.reviewId().value(), event.kind().name(),
                event.year(), event.title(), ReviewResults.Status.OPEN.name());
    }

    /**
     * Evaluations come only while their review is open (C6): one arriving after the conclusion is a repeated delivery,
     * and must not bring back a rating the conclusion or a withdrawal removed.
     */
    @EventHandler
    void on(RegistrationEvaluated event, @SequenceNumber long sequence) {
        writes.add(RATE_UNLESS_CONCLUDED, rating(event.campaignId().value(), event.reviewId().value(),
                event.registrationId().value(), event.participant(), event.rating(), event.remarks(), sequence,
                ReviewView.key(event.campaignId().value(), event.reviewId().value()),
                ReviewResults.Status.CONCLUDED.name()));
    }

    /**
     * A withdrawn registration leaves no rating behind in the open review (C6), as the aggregate counts it. The row
     * stays, without a rating and at the withdrawal's sequence, so that a repeated earlier evaluation finds it newer.
     */
    @EventHandler
    void on(RegistrationWithdrawn event, @SequenceNumber long sequence) {
        writes.add("""
                        update q_review_rating set rating = null, remarks = null, last_sequence = ?
                        where campaign_id = ? and registration_id = ? and last_sequence < ?
                        and exists (select 1 from q_review review where review.campaign_id = q_review_rating.campaign_id
                            and review.review_id = q_review_rating.review_id and review.status = ?)""",
                sequence, event.campaignId().value(), event.registrationId().value(), sequence,
                ReviewResults.Status.OPEN.name());
    }

    /** The concluded ratings are the review's final word: they replace whatever the evaluations left. */
    @EventHandler
    void on(ReviewConcluded event, @SequenceNumber long sequence) {
        String campaignId = event.campaignId().value();
        String reviewId = event.reviewId().value();
        writes.add("update q_review set status = ? where review_key = ?", ReviewResults.Status.CONCLUDED.name(),
                ReviewView.key(campaignId, reviewId));
        Set<String> rated = event.ratings().stream().map(rating -> rating.registrationId().value())
                .collect(Collectors.toSet());
        writes.flush();
        jdbc.sql("select registration_id from q_review_rating where campaign_id = ? and review_id = ?")
                .params(campaignId, reviewId).query(String.class).list().stream()
                .filter(registrationId -> !rated.contains(registrationId))
                .forEach(registrationId -> writes.add("delete from q_review_rating where rating_key = ?",
                        ReviewView.key(campaignId, reviewId, registrationId)));
        event.ratings().forEach(rating -> writes.add(RATE_FINAL, rating(campaignId, reviewId,
                rating.registrationId().value(), rating.participant(), rating.rating(), rating.remarks(), sequence)));
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

    /** The values of {@link #RATE}, then whatever its condition takes. */
    private static Object[] rating(String campaignId, String reviewId, String registrationId, Participant participant,
                                   Rating rating, String remarks, long sequence, Object... condition) {
        Object[] values = {ReviewView.key(campaignId, reviewId, registrationId), campaignId, reviewId, registrationId,
                participant.kind().name(), participant.unitId().value(),
                participant.personId() == null ? null : participant.personId().value(), rating.name(), remarks,
                sequence};
        Object[] all = Arrays.copyOf(values, values.length + condition.length);
        System.arraycopy(condition, 0, all, values.length, condition.length);
        return all;
    }

    private void nominate(String campaignId, String reviewId, int index, Nominee nominee) {
        Participant participant = nominee.participant();
        String key = ReviewView.key(campaignId, reviewId, nominee.registrationId().value(), nominee.awardType().name());
        writes.add(nomineeRow, key, campaignId, reviewId, index, nominee.registrationId().value(), participant.kind().name(),
                participant.unitId().value(), participant.personId() == null ? null : participant.personId().value(),
                nominee.awardType().name(), nominee.rating() == null ? null : nominee.rating().name(),
                nominee.eligibilityRoute(), nominee.usedInitiative(), nominee.outstanding(), nominee.justification());
    }
}
