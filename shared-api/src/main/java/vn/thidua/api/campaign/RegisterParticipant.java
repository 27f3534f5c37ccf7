package vn.thidua.api.campaign;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;

/** Đăng ký thi đua: a collective or a person registers with commitments (C4). */
public record RegisterParticipant(@TargetAggregateIdentifier CampaignId campaignId,
                                  RegistrationId registrationId,
                                  Participant participant,
                                  List<String> commitments) {

    public RegisterParticipant {
        Require.present(campaignId, "campaignId");
        Require.present(registrationId, "registrationId");
        Require.present(participant, "participant");
        commitments = commitments == null ? List.of()
                : commitments.stream().map(c -> Require.text(c, "commitment")).toList();
    }

    /** The registration itself, as one row of a bulk registration is: both go through the same rules. */
    public RegistrationRow row() {
        return new RegistrationRow(registrationId, participant, commitments);
    }
}
