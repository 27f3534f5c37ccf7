package vn.thidua.query.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A review a plan opened, in the order it opened, and whether it concluded. */
@Entity
@Table(name = "q_campaign_review")
class CampaignReviewRow {

    /** {@code campaignId/reviewId}, as a review id is unique only within its plan. */
    @Id
    @Column(name = "review_key")
    String reviewKey;
    @Column(name = "campaign_id")
    String campaignId;
    @Column(name = "review_id")
    String reviewId;
    boolean concluded;
    @Column(name = "opened_sequence")
    long openedSequence;

    protected CampaignReviewRow() {
    }
}
