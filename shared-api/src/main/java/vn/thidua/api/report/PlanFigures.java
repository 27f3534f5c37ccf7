package vn.thidua.api.report;

import java.util.List;

/** The figures of one plan, or of the whole cascade. */
public record PlanFigures(List<KindCount> registrations,
                          List<ReviewFigures> reviews,
                          ProposalFigures proposals,
                          List<LevelDays> daysPerLevel,
                          List<OverdueHop> overdue,
                          List<QuotaLine> quota,
                          List<AwardCount> awards,
                          List<RevocationLine> revocations,
                          long decisionsRevoked) {
}
