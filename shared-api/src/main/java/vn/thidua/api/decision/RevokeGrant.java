package vn.thidua.api.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/** The issuing unit revokes one grant of a decision, with the reason (D4). */
public record RevokeGrant(@TargetAggregateIdentifier DecisionId decisionId, GrantId grantId, String reason) {

    public RevokeGrant {
        Require.present(decisionId, "decisionId");
        Require.present(grantId, "grantId");
        reason = Require.optionalText(reason, "reason");
    }
}
