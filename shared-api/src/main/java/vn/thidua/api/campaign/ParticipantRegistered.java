package vn.thidua.api.campaign;

import java.util.List;

/** {@code participant} names the person's unit at the time of registration. */
public record ParticipantRegistered(CampaignId campaignId,
                                    RegistrationId registrationId,
                                    Participant participant,
                                    List<String> commitments) {
}
