package vn.thidua.api.decision;

public record DecisionRevoked(DecisionId decisionId, String reason) {
}
