package vn.thidua.api.report;

import java.util.List;

/**
 * The phase report: what it covers, the cascade of plans in tree order (each node with its own figures), the
 * participation by level, and the figures of the whole cascade.
 */
public record PhaseReport(ReportParameters parameters, List<PlanNode> cascade, List<LevelParticipation> participation,
                          PlanFigures total) {
}
