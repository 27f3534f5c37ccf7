package vn.thidua.api.campaign;

import java.time.Instant;
import java.util.List;

/**
 * A registration (bản đăng ký): the participant, the category it counts in for reserved quota shares (a person's
 * own, else the unit's; null when none), its commitments, and the rating of the latest review that evaluated it.
 */
public record RegistrationSummary(RegistrationId registrationId,
                                  Participant participant,
                                  String category,
                                  List<String> commitments,
                                  Status status,
                                  Instant registeredAt,
                                  Rating latestRating,
                                  ReviewId latestReviewId) {

    public enum Status { ACTIVE, WITHDRAWN }
}
