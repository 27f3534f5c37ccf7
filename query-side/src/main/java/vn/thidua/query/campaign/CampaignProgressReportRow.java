package vn.thidua.query.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A progress report a plan sent to the plan it implements (C9): counted as sent by one, received by the other. */
@Entity
@Table(name = "q_campaign_progress_report")
class CampaignProgressReportRow {

    /** {@code campaignId/reportId}, as a report id is unique only within its plan. */
    @Id
    @Column(name = "report_key")
    String reportKey;
    @Column(name = "campaign_id")
    String campaignId;
    @Column(name = "parent_campaign_id")
    String parentCampaignId;

    protected CampaignProgressReportRow() {
    }
}
