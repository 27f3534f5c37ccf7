package vn.thidua.query.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.Nominee;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;

/** A nominee named when a review concluded, with the eligibility route it was judged eligible by (C7). */
@Entity
@Table(name = "q_review_nominee")
class ReviewNomineeView {

    /** {@code campaignId/reviewId/registrationId/awardType}: one registration may be named for several awards. */
    @Id
    @Column(name = "nominee_key")
    String nomineeKey;
    @Column(name = "campaign_id")
    String campaignId;
    @Column(name = "review_id")
    String reviewId;
    @Column(name = "nominee_index")
    int nomineeIndex;
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
    @Column(name = "award_type")
    AwardType awardType;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    Rating rating;
    @Column(name = "eligibility_route")
    String eligibilityRoute;
    @Column(name = "used_initiative")
    boolean usedInitiative;
    boolean outstanding;
    String justification;

    protected ReviewNomineeView() {
    }

    Nominee nominee() {
        return new Nominee(new RegistrationId(registrationId), new Participant(participantKind,
                new OrgUnitId(participantUnit), participantPerson == null ? null : new PersonId(participantPerson)),
                awardType, rating, eligibilityRoute, usedInitiative, outstanding, justification);
    }
}
