package vn.thidua.api.title;

import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;
import vn.thidua.api.proposal.ProposalId;

/**
 * The recognising body (the district steering committee for seed 004) scores the registered criteria of a title
 * proposed to it (T1, T2); scored again, the new scores replace the earlier ones. These scores decide recognition (T3).
 */
public record ScoreTitleCriteria(@TargetAggregateIdentifier ProposalId proposalId,
                                 Map<String, Integer> scores,
                                 String remarks) {

    public ScoreTitleCriteria {
        Require.present(proposalId, "proposalId");
        scores = Require.points(scores, "scores");
        remarks = Require.optionalText(remarks, "remarks");
    }
}
