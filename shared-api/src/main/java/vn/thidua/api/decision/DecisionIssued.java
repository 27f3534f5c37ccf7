package vn.thidua.api.decision;

import vn.thidua.api.orgunit.OrgUnitId;

/** A decision numbered {@code number}/QĐ-{abbreviation} within its unit and year, e.g. {@code 125/QĐ-LĐLĐ} (D2). */
public record DecisionIssued(DecisionId decisionId, OrgUnitId decidingUnit, int year, int number, String decisionNumber,
                             String ruleSetVersion) {
}
