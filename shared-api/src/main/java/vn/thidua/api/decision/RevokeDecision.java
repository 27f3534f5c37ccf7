package vn.thidua.api.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/** The issuing unit revokes a whole decision, with the reason (D4). */
public record RevokeDecision(@TargetAggregateIdentifier DecisionId decisionId, String reason) {

    public RevokeDecision {
        Require.present(decisionId, "decisionId");
        reason = Require.optionalText(reason, "reason");
    }
}
