package vn.thidua.query.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What the campaigns view keeps of a registration to count progress: whether it is still active and the review
 * that rated it last. Reviews open one at a time, so "rated in the latest review" is "last rated by it".
 */
@Entity
@Table(name = "q_campaign_registration")
class CampaignRegistrationRow {

    /** {@code campaignId/registrationId}: a registration id is unique only within its plan; ids hold no '/'. */
    @Id
    @Column(name = "registration_key")
    String registrationKey;
    @Column(name = "campaign_id")
    String campaignId;
    boolean active;
    @Column(name = "evaluated_review")
    String evaluatedReview;
    @Column(name = "last_sequence")
    long lastSequence;

    protected CampaignRegistrationRow() {
    }

    static String key(String campaignId, String id) {
        return campaignId + "/" + id;
    }
}
