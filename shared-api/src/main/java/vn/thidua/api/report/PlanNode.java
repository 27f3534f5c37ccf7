package vn.thidua.api.report;

/** A plan of the cascade, {@code depth} 0 for the plan the report is about, with the figures of that plan alone. */
public record PlanNode(String campaignId, String parentCampaignId, int depth, String issuerId, String issuerName,
                       String issuerLevel, String planNumber, String title, String state, PlanFigures figures) {
}
