package vn.thidua.api.campaign;

import java.util.List;

public record CampaignPage(List<CampaignSummary> items, int page, int size, long totalItems) {
}
