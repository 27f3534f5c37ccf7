package vn.thidua.command.proposal;

import java.net.URI;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.proposal.ApproveProposal;
import vn.thidua.api.proposal.CouncilVote;
import vn.thidua.api.proposal.DossierItem;
import vn.thidua.api.proposal.ForwardProposal;
import vn.thidua.api.proposal.ProposalId;
import vn.thidua.api.proposal.ProposalState;
import vn.thidua.api.proposal.RejectProposal;
import vn.thidua.api.proposal.ResubmitProposal;
import vn.thidua.api.proposal.ReturnProposal;
import vn.thidua.api.proposal.SubmitProposal;
import vn.thidua.api.proposal.WithdrawProposal;

/** Award proposals up the hierarchy (P1-P7, D2). Officers submit, resubmit and withdraw; councils decide each hop. */
@RestController
@RequestMapping("/api/proposals")
@Tag(name = "proposals", description = "award proposals travelling up the hierarchy (P1-P7, D2)")
class ProposalController {

    record ForwardRequest(CouncilVote vote, String remarks) {
    }

    record ReturnRequest(String reason, List<String> missingItems) {
    }

    record ResubmitRequest(List<DossierItem> dossier, CouncilVote vote, String remarks) {
    }

    record ReasonRequest(String reason) {
    }

    record ApproveRequest(DecisionId decisionId, CouncilVote vote) {
    }

    private final CommandGateway commands;

    ProposalController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "propose an award your unit may not decide, for a nominee of your concluded review (P1)")
    ResponseEntity<ProposalState> submit(@RequestBody SubmitProposal command) {
        ProposalState state = commands.sendAndWait(command);
        return ResponseEntity.created(URI.create("/api/proposals/" + command.proposalId())).body(state);
    }

    @PostMapping("/{id}/forward")
    @Operation(summary = "forward a proposal pending at your unit to your parent unit (P3)")
    ProposalState forward(@PathVariable ProposalId id, @RequestBody ForwardRequest request) {
        return commands.sendAndWait(new ForwardProposal(id, request.vote(), request.remarks()));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "return a proposal to the unit that sent it, for supplementation (P3)")
    ProposalState giveBack(@PathVariable ProposalId id, @RequestBody ReturnRequest request) {
        return commands.sendAndWait(new ReturnProposal(id, request.reason(), request.missingItems()));
    }

    @PostMapping("/{id}/resubmit")
    @Operation(summary = "send a returned proposal, amended, back to the unit that returned it (P4)")
    ProposalState resubmit(@PathVariable ProposalId id, @RequestBody ResubmitRequest request) {
        return commands.sendAndWait(new ResubmitProposal(id, request.dossier(), request.vote(), request.remarks()));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "reject a proposal for good, with the reason (P3, P5)")
    ProposalState reject(@PathVariable ProposalId id, @RequestBody ReasonRequest request) {
        return commands.sendAndWait(new RejectProposal(id, request.reason()));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "approve at the deciding level into a numbered decision of your unit (P3, D2, D3)")
    ProposalState approve(@PathVariable ProposalId id, @RequestBody ApproveRequest request) {
        return commands.sendAndWait(new ApproveProposal(id, request.decisionId(), request.vote()));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "withdraw your unit's proposal while it is not decided (P4)")
    ProposalState withdraw(@PathVariable ProposalId id, @RequestBody(required = false) ReasonRequest request) {
        return commands.sendAndWait(new WithdrawProposal(id, request == null ? null : request.reason()));
    }
}
