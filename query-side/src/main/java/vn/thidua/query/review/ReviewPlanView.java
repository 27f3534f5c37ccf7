package vn.thidua.query.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The issuer of each plan and the plan it implements: who may read its reviews (see PlanVisibility). */
@Entity
@Table(name = "q_review_plan")
class ReviewPlanView {

    @Id
    @Column(name = "campaign_id")
    String campaignId;
    @Column(name = "issuer_id")
    String issuerId;
    @Column(name = "parent_campaign_id")
    String parentCampaignId;

    protected ReviewPlanView() {
    }
}
