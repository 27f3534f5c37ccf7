package vn.thidua.api.proposal;

import java.util.List;

public record ProposalPage(List<ProposalSummary> items, int page, int size, long totalItems) {
}
