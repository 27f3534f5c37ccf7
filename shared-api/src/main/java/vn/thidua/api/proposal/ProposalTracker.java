package vn.thidua.api.proposal;

import java.time.Instant;
import java.util.List;

import vn.thidua.api.orgunit.OrgUnitId;

/**
 * Where a proposal stands and the way it came: each hop names who acted, for which unit, when, with which remarks,
 * and how many days the proposal then spent at the unit it went to ({@code daysThere}, up to now while it waits).
 */
public record ProposalTracker(ProposalSummary proposal, List<Hop> route) {

    public record Hop(String action, OrgUnitId fromUnit, OrgUnitId toUnit, String actor, Instant at, String remarks,
                      long daysThere) {
    }
}
