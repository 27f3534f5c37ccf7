package vn.thidua.api.report;

/** A grant of the plan revoked in the window, alone or with its whole decision. */
public record RevocationLine(String campaignId, String decisionId, String grantId, String decisionNumber, String awardType,
                             String reason) {
}
