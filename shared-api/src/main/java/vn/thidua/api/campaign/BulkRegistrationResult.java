package vn.thidua.api.campaign;

import java.util.List;

/** The answer to {@link RegisterParticipants}: one outcome per row, in the order of the rows. */
public record BulkRegistrationResult(CampaignId campaignId, int accepted, int refused, List<RegistrationOutcome> rows) {

    public static BulkRegistrationResult of(CampaignId campaignId, List<RegistrationOutcome> rows) {
        int accepted = (int) rows.stream().filter(RegistrationOutcome::accepted).count();
        return new BulkRegistrationResult(campaignId, accepted, rows.size() - accepted, rows);
    }
}
