package vn.thidua.query.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.ReviewResults;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;

/** The rating a registration holds in a review; a re-evaluation replaces it (C6). */
@Entity
@Table(name = "q_review_rating")
class ReviewRatingView {

    /** {@code campaignId/reviewId/registrationId}. */
    @Id
    @Column(name = "rating_key")
    String ratingKey;
    @Column(name = "campaign_id")
    String campaignId;
    @Column(name = "review_id")
    String reviewId;
    @Column(name = "registration_id")
    String registrationId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "participant_kind")
    TargetKind participantKind;
    @Column(name = "participant_unit")
    String participantUnit;
    @Column(name = "participant_person")
    String participantPerson;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    Rating rating;
    String remarks;
    @Column(name = "last_sequence")
    long lastSequence;

    protected ReviewRatingView() {
    }

    ReviewResults.Evaluation evaluation() {
        return new ReviewResults.Evaluation(new RegistrationId(registrationId), new Participant(participantKind,
                new OrgUnitId(participantUnit), participantPerson == null ? null : new PersonId(participantPerson)),
                rating, remarks);
    }
}
