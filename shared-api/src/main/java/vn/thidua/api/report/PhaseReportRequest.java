package vn.thidua.api.report;

import java.time.Instant;
import java.time.LocalDate;

import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.ReviewId;

/**
 * A phase report of {@code campaignId} and its cascade: over the period {@code from}..{@code to} (days in Vietnam,
 * either end open), or from the start up to the conclusion of {@code reviewId} (a review of that plan), as the store
 * stood at {@code asOf} (everything known when absent).
 */
public record PhaseReportRequest(CampaignId campaignId, LocalDate from, LocalDate to, ReviewId reviewId, Instant asOf) {
}
