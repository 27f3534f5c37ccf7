package vn.thidua.api.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * Proposals submitted in the window, by their status at the window end. {@code approvalRate} is approved out of
 * approved plus rejected, in percent to one decimal (null when none was decided).
 */
public record ProposalFigures(long submitted, long pending, long returned, long approved, long rejected, long withdrawn,
                              BigDecimal approvalRate, List<ProposalCount> byTypeAndOutcome) {
}
