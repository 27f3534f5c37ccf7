package vn.thidua.api.campaign;

import java.util.List;

import vn.thidua.api.Require;

/** One row of a bulk registration: what {@link RegisterParticipant} carries for one participant (C4). */
public record RegistrationRow(RegistrationId registrationId, Participant participant, List<String> commitments) {

    public RegistrationRow {
        Require.present(registrationId, "registrationId");
        Require.present(participant, "participant");
        commitments = commitments == null ? List.of()
                : commitments.stream().map(c -> Require.text(c, "commitment")).toList();
    }
}
