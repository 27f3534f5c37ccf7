package vn.thidua.api.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/** Báo cáo định kỳ of a cascaded plan to the issuer of the plan it implements (C9). */
public record SubmitProgressReport(@TargetAggregateIdentifier CampaignId campaignId,
                                   ProgressReportId reportId,
                                   String periodLabel,
                                   String summary) {

    public SubmitProgressReport {
        Require.present(campaignId, "campaignId");
        Require.present(reportId, "reportId");
        periodLabel = Require.text(periodLabel, "periodLabel");
        summary = Require.text(summary, "summary");
    }
}
