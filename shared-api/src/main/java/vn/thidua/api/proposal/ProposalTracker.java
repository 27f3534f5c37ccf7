package vn.thidua.api.proposal;

import java.time.Instant;
import java.util.List;

import vn.thidua.api.orgunit.OrgUnitId;

/**
 * Where a proposal stands and the way it came: each hop names who acted, for which unit, when, with which remarks,
 * how many days the proposal then spent at the unit it went to ({@code daysThere}, up to now while it waits) and,
 * for an arrival, when that stay was due to end ({@code dueAt}, P6).
 */
public record ProposalTracker(ProposalSummary proposal, List<Hop> route) {

    public record Hop(String action, OrgUnitId fromUnit, OrgUnitId toUnit, String actor, Instant at, String remarks,
                      long daysThere, Instant dueAt) {
    }
}
