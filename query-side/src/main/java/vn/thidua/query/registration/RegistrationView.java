package vn.thidua.query.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.RegistrationSummary;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;

/** A registration with its commitments; {@code lastSequence} makes a repeated delivery of its event harmless. */
@Entity
@Table(name = "q_registration")
class RegistrationView {

    /** {@code campaignId/registrationId}: a registration id is unique only within its plan; ids hold no '/'. */
    @Id
    @Column(name = "registration_key")
    String registrationKey;
    @Column(name = "campaign_id")
    String campaignId;
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
    RegistrationSummary.Status status;
    @Column(name = "registered_at")
    Instant registeredAt;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "latest_rating")
    Rating latestRating;
    @Column(name = "latest_review_id")
    String latestReviewId;
    @Column(name = "last_sequence")
    long lastSequence;

    /** A page of registrations loads its commitments in a few batches rather than one query each. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "q_registration_commitment", joinColumns = @JoinColumn(name = "registration_key"))
    @OrderColumn(name = "item_index")
    @Column(name = "commitment")
    @BatchSize(size = 100)
    List<String> commitments = new ArrayList<>();

    protected RegistrationView() {
    }

    static String key(String campaignId, String registrationId) {
        return campaignId + "/" + registrationId;
    }

    Participant participant() {
        return new Participant(participantKind, new OrgUnitId(participantUnit),
                participantPerson == null ? null : new PersonId(participantPerson));
    }

    RegistrationSummary summary(String category) {
        return new RegistrationSummary(new RegistrationId(registrationId), participant(), category,
                List.copyOf(commitments), status, registeredAt, latestRating,
                latestReviewId == null ? null : new ReviewId(latestReviewId));
    }
}
