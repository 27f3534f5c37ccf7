package vn.thidua.api.campaign;

import java.util.List;
import java.util.Map;

/**
 * A review's results: how many registrations got each rating (every rating listed, zero included), each
 * evaluated registration with its rating, and the nominees named when it concluded.
 */
public record ReviewResults(CampaignId campaignId,
                            ReviewId reviewId,
                            ReviewKind kind,
                            int year,
                            String title,
                            Status status,
                            Map<Rating, Integer> distribution,
                            List<Evaluation> evaluations,
                            List<Nominee> nominees) {

    public enum Status { OPEN, CONCLUDED }

    public record Evaluation(RegistrationId registrationId, Participant participant, Rating rating, String remarks) {
    }
}
