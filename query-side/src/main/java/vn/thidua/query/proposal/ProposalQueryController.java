package vn.thidua.query.proposal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.proposal.ProposalId;
import vn.thidua.api.proposal.ProposalPage;
import vn.thidua.api.proposal.ProposalTracker;
import vn.thidua.api.proposal.ProposalTrackerQuery;
import vn.thidua.api.proposal.UnitInboxQuery;
import vn.thidua.api.proposal.UnitOutboxQuery;
import vn.thidua.api.proposal.UnitOverdueQuery;
import vn.thidua.platform.axon.Queries;
import vn.thidua.platform.security.CurrentUser;

/** The proposal tracker and each unit's inbox, outbox and overdue list. */
@RestController
@Tag(name = "proposals")
class ProposalQueryController {

    private final Queries queries;

    ProposalQueryController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/proposals/{id}")
    @Operation(summary = "a proposal with its route hop by hop: who, which unit, when, what, days at each unit")
    ProposalTracker tracker(@PathVariable ProposalId id) {
        return queries.ask(new ProposalTrackerQuery(CurrentUser.viewer(), id), ProposalTracker.class);
    }

    @GetMapping("/api/units/{id}/inbox")
    @Operation(summary = "proposals pending at a unit, oldest first, with their overdue marks")
    ProposalPage inbox(@PathVariable OrgUnitId id, @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "50") int size) {
        return queries.ask(new UnitInboxQuery(CurrentUser.viewer(), id, page, size), ProposalPage.class);
    }

    @GetMapping("/api/units/{id}/outbox")
    @Operation(summary = "proposals a unit sent up that are still under way elsewhere, longest waiting first")
    ProposalPage outbox(@PathVariable OrgUnitId id, @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "50") int size) {
        return queries.ask(new UnitOutboxQuery(CurrentUser.viewer(), id, page, size), ProposalPage.class);
    }

    @GetMapping("/api/units/{id}/overdue")
    @Operation(summary = "proposals past their time limit (P6) at a unit or any unit below it, oldest first")
    ProposalPage overdue(@PathVariable OrgUnitId id, @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "50") int size) {
        return queries.ask(new UnitOverdueQuery(CurrentUser.viewer(), id, page, size), ProposalPage.class);
    }
}
