package vn.thidua.api.report;

public record ProposalCount(String awardType, String outcome, long count) {
}
